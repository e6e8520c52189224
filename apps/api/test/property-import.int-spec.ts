import ExcelJS from 'exceljs';
import { gcj02ToWgs84, propertyIdFor } from '@app/property';
import { startTestSystem, TestSystem } from '@test/support/test-app';

const HEADER = [
  '物业编号',
  '类型',
  '上级物业编号',
  '名称',
  '地址',
  '经度',
  '纬度',
  '坐标系',
  '建筑面积',
  '使用面积',
  '用途',
  '权属单位',
  '使用单位',
  '使用起始日期',
  '使用状况',
];
type Row = (string | number)[];
const parcel = (no: string): Row => [
  no,
  '地块',
  '',
  '实验小学校园',
  '罗湖区东门路 1 号',
  114.131245,
  22.548456,
  'GCJ-02',
  12000,
  '',
  '学校',
  '',
  '',
  '',
  '在用',
];
const building = (no: string, parent: string): Row => [
  no,
  '楼栋',
  parent,
  '教学楼',
  '罗湖区东门路 1 号',
  114.1312,
  22.5484,
  'GCJ-02',
  '3,200.50',
  2800,
  '学校',
  '',
  '',
  '',
  '在用',
];
const floor = (no: string, parent: string): Row => [
  no,
  '楼层',
  parent,
  '教学楼一层',
  '',
  '',
  '',
  '',
  800,
  '',
  '学校',
  '',
  'D-SCH1',
  '2019-03-01',
  // Used by a unit, so 在用: the register refuses 闲置 with a 使用单位.
  '在用',
];

async function xlsx(rows: Row[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('物业');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * 物业导入 on real PostgreSQL through the API: the dry run writes nothing, a file with a bad row writes nothing
 * (422 with the report), a good file (children listed before their parents) is registered by the background
 * job through the register decider, and the same file again writes nothing new.
 */
describe('property import (物业导入)', () => {
  let sys: TestSystem;
  let token: string;
  const upload = (path: string, bytes: Buffer, as = token) =>
    sys.http().post(path).set('authorization', `Bearer ${as}`).attach('file', bytes, 'property.xlsx');
  const untilDone = async (jobId: string) => {
    for (;;) {
      const body = (await sys.http().get(`/api/property-imports/${jobId}`).set('authorization', `Bearer ${token}`).expect(200)).body;
      if (body.status === 'done') return body;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const jobs = async () => Number((await sys.query<{ n: string }>('SELECT count(*) AS n FROM property_import_jobs'))[0].n);

  beforeAll(async () => {
    sys = await startTestSystem();
    token = await sys.tokenFor('mgr-sch1');
  });
  afterAll(() => sys.close());

  it('dry run: problems by row and column in Chinese, with totals, and nothing written', async () => {
    const events = await sys.countEvents();
    const file = await xlsx([
      floor('DR-F1', 'DR-B1'),
      building('DR-B1', 'DR-P1'),
      parcel('DR-P1'),
      [...floor('DR-F2', 'DR-NONE').slice(0, 8), '12.345', '', '仓库', '', '', '', '在用'],
    ]);
    const report = (await upload('/api/property-imports/dry-run', file).expect(200)).body;
    expect(report.totals).toEqual({ rows: 4, valid: 3, badRows: 1, problems: 2, warnings: 0, alreadyRegistered: 0, toImport: 3 });
    expect(report.problems).toEqual([
      { row: 5, column: '建筑面积', code: 'AREA_FORMAT', problem: '建筑面积“12.345”须为大于 0 的平方米数，最多两位小数' },
      { row: 5, column: '用途', code: 'PROPERTY_USE_UNKNOWN', problem: expect.stringContaining('用途“仓库”无法识别') },
    ]);
    expect(report.columns).toMatchObject({ propertyNo: '物业编号', lng: '经度', assetNo: null });
    expect(await sys.countEvents()).toBe(events);
    expect(await jobs()).toBe(0);
  });

  it('a file with a bad row is refused whole (422 with the report): nothing written', async () => {
    const events = await sys.countEvents();
    const res = await upload('/api/property-imports', await xlsx([parcel('BAD-P1'), building('BAD-B1', 'BAD-NOWHERE')])).expect(422);
    expect(res.body.code).toBe('PROPERTY_IMPORT_HAS_ERRORS');
    expect(res.body.details.report.problems).toEqual([
      expect.objectContaining({ row: 3, column: '上级物业编号', code: 'PARENT_PROPERTY_NOT_FOUND' }),
    ]);
    expect(await sys.countEvents()).toBe(events);
    expect(await jobs()).toBe(0);
  });

  it('imports parents in the same file (listed after their children), converts GCJ-02, and a re-run writes nothing new', async () => {
    const file = await xlsx([floor('LH-F1', 'LH-B1'), building('LH-B1', 'LH-P1'), parcel('LH-P1')]);
    const events = await sys.countEvents();
    const started = (await upload('/api/property-imports', file).expect(202)).body;
    expect(await untilDone(started.jobId)).toMatchObject({ status: 'done', totalRows: 3, rowsDone: 3, imported: 3, skipped: 0, failed: 0 });
    expect(await sys.countEvents()).toBe(events + 3);
    await sys.projected();
    const rows = await sys.query<{
      property_no: string;
      property_id: string;
      parent_id: string | null;
      lng: number | null;
      lat: number | null;
      gross_area_sqm: string;
      occupant_unit_id: string | null;
      status: string;
      owner_unit_id: string;
    }>(
      `SELECT property_no, property_id, parent_id, lng, lat, gross_area_sqm, occupant_unit_id, status, owner_unit_id FROM properties WHERE property_no LIKE 'LH-%' ORDER BY property_no`,
    );
    const wgs = gcj02ToWgs84({ lng: 114.131245, lat: 22.548456 });
    expect(rows.map((r) => [r.property_no, r.property_id, r.parent_id, r.owner_unit_id, r.status, Number(r.gross_area_sqm)])).toEqual([
      ['LH-B1', propertyIdFor('LH-B1'), propertyIdFor('LH-P1'), 'D-SCH1', 'in_use', 3200.5],
      ['LH-F1', propertyIdFor('LH-F1'), propertyIdFor('LH-B1'), 'D-SCH1', 'in_use', 800],
      ['LH-P1', propertyIdFor('LH-P1'), null, 'D-SCH1', 'in_use', 12000],
    ]);
    const stored = rows.find((r) => r.property_no === 'LH-P1')!;
    expect([stored.lng, stored.lat]).toEqual([Math.round(wgs.lng * 1e6) / 1e6, Math.round(wgs.lat * 1e6) / 1e6]);
    expect(rows.find((r) => r.property_no === 'LH-F1')).toMatchObject({ lng: null, occupant_unit_id: 'D-SCH1' });
    // The file's 使用起始日期 is the occupancy's start, not the import day.
    expect(
      await sys.query(`SELECT unit_id, to_char(from_date, 'YYYY-MM-DD') AS since FROM property_occupancies WHERE property_id = $1`, [
        propertyIdFor('LH-F1'),
      ]),
    ).toEqual([{ unit_id: 'D-SCH1', since: '2019-03-01' }]);

    const again = (await upload('/api/property-imports/dry-run', file).expect(200)).body;
    expect(again.totals).toMatchObject({ valid: 3, problems: 0, alreadyRegistered: 3, toImport: 0 });
    const rerun = (await upload('/api/property-imports', file).expect(202)).body;
    expect(await untilDone(rerun.jobId)).toMatchObject({ imported: 0, skipped: 3, failed: 0 });
    expect(await sys.countEvents()).toBe(events + 3);
  });

  it('a room under a building registered before is found in the register; another unit sees neither the job nor the numbers', async () => {
    const room: Row = ['LH-R1', '房间', 'LH-B1', '多功能室', '', '', '', '', 120, 100, '业务用房', '', '', '', '在用'];
    const started = (await upload('/api/property-imports', await xlsx([room])).expect(202)).body;
    expect(await untilDone(started.jobId)).toMatchObject({ imported: 1, failed: 0 });
    const [{ parent_id }] = await sys.query<{ parent_id: string }>(
      `SELECT data->>'parentId' AS parent_id FROM event_store.events WHERE event_type = 'property.registered.v1' AND data->>'propertyNo' = 'LH-R1'`,
    );
    expect(parent_id).toBe(propertyIdFor('LH-B1'));

    const other = await sys.tokenFor('mgr-sch2');
    await sys.http().get(`/api/property-imports/${started.jobId}`).set('authorization', `Bearer ${other}`).expect(404);
    const report = (await upload('/api/property-imports/dry-run', await xlsx([parcel('LH-P1')]), other).expect(200)).body;
    expect(report.problems).toEqual([expect.objectContaining({ row: 2, column: '物业编号', code: 'PROPERTY_NO_TAKEN' })]);
  });

  it('the template is an XLSX whose header row the import reads (an empty template checks clean)', async () => {
    const res = await sys
      .http()
      .get('/api/property-imports/template')
      .set('authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as never);
    expect((book.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual([...HEADER, '关联资产编号']);
    const empty = (await upload('/api/property-imports/dry-run', res.body as Buffer).expect(200)).body;
    expect(empty.totals).toMatchObject({ rows: 0, problems: 0 });
  });
});
