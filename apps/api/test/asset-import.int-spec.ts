import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { INestApplication } from '@nestjs/common';
import { AssetImportJobs } from '@app/assets/import/asset-import.jobs';
import { RegisterFileChecker } from '@app/assets/import/register-file.checker';
import { clock } from '@test/support/test-clock';
import { startTestSystem, TestSystem } from '@test/support/test-app';
import { createApiApp } from '../src/create-api-app';
import { UPLOAD_FILE_PREFIX } from '../src/imports/temporary-file.storage';

const HEADER = '资产编号,名称,分类代码,使用部门,使用人,存放地点,取得日期,原值,累计折旧,数量,计量单位,使用状况';
const line = (no: string, value = '4999.00') => `${no},台式计算机,A02010100,办公室,张三,行政楼302室,2023-05-10,${value},1200.00,1,台,在用`;
const csv = (lines: string[]) => Buffer.from([HEADER, ...lines].join('\n') + '\n', 'utf8');

/**
 * 资产导入 on real PostgreSQL through the API: the dry run writes nothing, a file with a bad row writes
 * nothing, a good file is imported by the background job through the register command, the same file
 * again writes nothing, and a job a crash left half done is finished by the next process to start.
 */
describe('asset import (资产导入)', () => {
  let sys: TestSystem;
  let token: string;
  const upload = (path: string, bytes: Buffer, name = 'register.csv', mapping?: string) => {
    const req = sys.http().post(path).set('authorization', `Bearer ${token}`).attach('file', bytes, name);
    return mapping === undefined ? req : req.field('mapping', mapping);
  };
  const progress = (jobId: string) => sys.http().get(`/api/asset-imports/${jobId}`).set('authorization', `Bearer ${token}`);
  const untilDone = async (jobId: string) => {
    for (;;) {
      const body = (await progress(jobId).expect(200)).body;
      if (body.status === 'done') return body;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const importJobs = async () => Number((await sys.query<{ n: string }>('SELECT count(*) AS n FROM asset_import_jobs'))[0].n);

  beforeAll(async () => {
    sys = await startTestSystem();
    token = await sys.tokenFor('mgr-sch1');
  });
  afterAll(() => sys.close());

  it('dry run: a per-row report in Chinese with totals, and nothing written', async () => {
    const events = await sys.countEvents();
    const report = (await upload('/api/asset-imports/dry-run', csv([line('IMP-1'), line('IMP-2', '12.345'), line('IMP-3')])).expect(200))
      .body;
    expect(report.encoding).toBe('utf-8');
    expect(report.totals).toEqual({ rows: 3, valid: 2, badRows: 1, problems: 1, warnings: 0, alreadyRegistered: 0, toImport: 2 });
    expect(report.problems).toEqual([
      { row: 3, column: '原值', code: 'MONEY_FORMAT', problem: '原值“12.345”须为不小于 0 的金额（元，最多两位小数）' },
    ]);
    expect(await sys.countEvents()).toBe(events);
    expect(await importJobs()).toBe(0);
  });

  it('a file with a bad row is refused whole (422 with the report): nothing written', async () => {
    const events = await sys.countEvents();
    const res = await upload('/api/asset-imports', csv([line('IMP-1'), line('IMP-2', '12.345')])).expect(422);
    expect(res.body.code).toBe('IMPORT_FILE_HAS_ERRORS');
    expect(res.body.details.report.totals.badRows).toBe(1);
    expect(await sys.countEvents()).toBe(events);
    expect(await importJobs()).toBe(0);
  });

  it('imports a good file in the background, and the same file again writes nothing new', async () => {
    const file = csv([line('IMP-1'), line('IMP-2', '"5,000.50"'), line('IMP-3')]);
    const events = await sys.countEvents();
    const started = (await upload('/api/asset-imports', file).expect(202)).body;
    const done = await untilDone(started.jobId);
    expect(done).toMatchObject({ status: 'done', totalRows: 3, rowsDone: 3, imported: 3, skipped: 0, failed: 0 });
    expect(await sys.countEvents()).toBe(events + 3);
    await sys.projected();
    const cards = await sys.query<{
      asset_no: string;
      original_value_fen: string;
      accumulated_depreciation_fen: string;
      department_id: string;
    }>(
      `SELECT asset_no, original_value_fen, accumulated_depreciation_fen, department_id FROM asset_register WHERE asset_no LIKE 'IMP-%' ORDER BY asset_no`,
    );
    expect(cards.map((c) => [c.asset_no, Number(c.original_value_fen), Number(c.accumulated_depreciation_fen), c.department_id])).toEqual([
      ['IMP-1', 499900, 120000, 'D-SCH1'],
      ['IMP-2', 500050, 120000, 'D-SCH1'],
      ['IMP-3', 499900, 120000, 'D-SCH1'],
    ]);

    const again = (await upload('/api/asset-imports/dry-run', file).expect(200)).body;
    expect(again.totals).toMatchObject({ valid: 3, alreadyRegistered: 3, toImport: 0 });
    const rerun = (await upload('/api/asset-imports', file).expect(202)).body;
    expect(await untilDone(rerun.jobId)).toMatchObject({ imported: 0, skipped: 3, failed: 0 });
    expect(await sys.countEvents()).toBe(events + 3);
  });

  it('another unit cannot see the job; an asset number another unit holds is a problem in its dry run', async () => {
    const other = await sys.tokenFor('mgr-sch2');
    const [job] = await sys.query<{ job_id: string }>('SELECT job_id FROM asset_import_jobs LIMIT 1');
    await sys.http().get(`/api/asset-imports/${job.job_id}`).set('authorization', `Bearer ${other}`).expect(404);
    const report = (
      await sys
        .http()
        .post('/api/asset-imports/dry-run')
        .set('authorization', `Bearer ${other}`)
        .attach('file', csv([line('IMP-1')]), 'r.csv')
        .expect(200)
    ).body;
    expect(report.problems).toEqual([expect.objectContaining({ row: 2, column: '资产编号', code: 'ASSET_NO_TAKEN' })]);
  });

  it('takes a mapping for another layout, and GBK and BOM files, saying which encoding it read', async () => {
    const gbk = iconv.encode([HEADER.replace('资产编号', '固定资产号'), line('IMP-G1')].join('\r\n'), 'gbk');
    const unmapped = (await upload('/api/asset-imports/dry-run', gbk).expect(200)).body;
    expect(unmapped.problems).toEqual([expect.objectContaining({ row: null, code: 'COLUMN_MISSING', column: '资产编号' })]);
    const mapped = (await upload('/api/asset-imports/dry-run', gbk, 'r.csv', JSON.stringify({ 固定资产号: 'assetNo' })).expect(200)).body;
    expect(mapped).toMatchObject({ encoding: 'gbk', totals: { valid: 1, problems: 0 } });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv([line('IMP-B1')])]);
    expect((await upload('/api/asset-imports/dry-run', bom).expect(200)).body).toMatchObject({
      encoding: 'utf-8-bom',
      totals: { valid: 1 },
    });
    expect((await upload('/api/asset-imports/dry-run', gbk, 'r.csv', '{"x":"nonsense"}').expect(400)).body.code).toBe(
      'IMPORT_MAPPING_INVALID',
    );
  });

  it('bad files get a clear 4xx with a code, never a 500, and nothing written', async () => {
    const events = await sys.countEvents();
    const jobs = await importJobs();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('卡片');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(line('IMP-X1').split(','));
    sheet.addRow([
      ...line('IMP-X2').split(',').slice(0, 7),
      { formula: 'SUM(H2:H2)', result: 4999 },
      ...line('IMP-X2').split(',').slice(8),
    ]);
    sheet.addRow(line('IMP-X3').split(','));
    sheet.mergeCells('E3:E4');
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    const report = (await upload('/api/asset-imports', xlsx, 'r.xlsx').expect(422)).body.details.report;
    expect(report.problems.map((p: { column: string; code: string }) => [p.column, p.code])).toEqual([
      ['H3', 'FORMULA_CELL'],
      ['E3', 'MERGED_CELL'],
    ]);
    expect(report.totals).toMatchObject({ rows: 3, badRows: 2, valid: 1 });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HEADER, 'utf16le')]);
    expect((await upload('/api/asset-imports', utf16).expect(400)).body.code).toBe('IMPORT_FILE_ENCODING');
    const corrupt = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 7)]);
    expect((await upload('/api/asset-imports/dry-run', corrupt, 'r.xlsx').expect(400)).body.code).toBe('IMPORT_FILE_XLSX');
    expect((await upload('/api/asset-imports/dry-run', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), 'r.xls').expect(400)).body.code).toBe(
      'IMPORT_FILE_XLS',
    );
    const huge = Buffer.alloc(100 * 1024 * 1024 + 1, 0x41);
    const tooLarge = await upload('/api/asset-imports', huge).expect(413);
    expect(tooLarge.body).toMatchObject({ code: 'IMPORT_FILE_TOO_LARGE', message: expect.stringContaining('100 MB') });
    await sys.http().post('/api/asset-imports').set('authorization', `Bearer ${token}`).expect(400);
    expect(await sys.countEvents()).toBe(events);
    expect(await importJobs()).toBe(jobs);
    // Every upload above went to a temporary file of this process (the API runs in it): none is left behind.
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith(`${UPLOAD_FILE_PREFIX}${process.pid}-`))).toEqual([]);
  });

  it('a job a crash stopped between checkpoints is finished by the next process, with no card twice', async () => {
    const lines = Array.from({ length: 1200 }, (_, i) => line(`CRASH-${String(i).padStart(4, '0')}`));
    const actor = { userId: 'mgr-sch1', role: 'asset_manager' as const, departmentId: 'D-SCH1', displayName: '实验小学资产管理员' };
    const checked = await sys.app.get(RegisterFileChecker).check(csv(lines), actor);
    expect(checked.problems).toEqual([]);
    const jobs = sys.app.get(AssetImportJobs);
    const events = await sys.countEvents();
    const jobId = await jobs.create({ actor, fileName: 'crash.csv', encoding: checked.encoding, registrations: checked.registrations });
    // Two batches of 500 appended; the process "dies" before the second checkpoint is stored.
    await jobs.runJob(jobId, { maxBatches: 2 });
    await sys.query(`UPDATE asset_import_jobs SET rows_done = 500, imported = 500 WHERE job_id = $1`, [jobId]);
    expect(await sys.countEvents()).toBe(events + 1000);

    const restarted: INestApplication = await createApiApp({ logger: false, clock });
    await restarted.init();
    try {
      await restarted.get(AssetImportJobs).settled(jobId);
    } finally {
      await restarted.close();
    }
    expect(await untilDone(jobId)).toMatchObject({ rowsDone: 1200, imported: 1200, skipped: 0, failed: 0 });
    expect(await sys.countEvents()).toBe(events + 1200);
    const [{ n }] = await sys.query<{ n: string }>(
      `SELECT count(DISTINCT stream_id) AS n FROM event_store.events WHERE event_type = 'asset.registered.v1' AND data->>'assetNo' LIKE 'CRASH-%'`,
    );
    expect(Number(n)).toBe(1200);
    // Done, the job keeps its counts; the stored rows (kept for a resume) are gone.
    expect(await sys.query('SELECT 1 FROM asset_import_rows WHERE job_id = $1', [jobId])).toEqual([]);
  });
});
