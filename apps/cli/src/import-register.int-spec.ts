import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestSystem, TestSystem } from '@test/support/test-app';
import { run } from './main';

const HEADER = '资产编号,名称,分类代码,使用人,存放地点,取得日期,原值,数量,计量单位';

/** The CLI's import goes through the API: a dry run lists the problems, the import prints progress to the end. */
describe('cli import-register', () => {
  let sys: TestSystem;
  let dir: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    sys = await startTestSystem();
    await sys.app.listen(0, '127.0.0.1');
    process.env.IMPORT_API_URL = await sys.app.getUrl();
    process.env.IMPORT_TOKEN = await sys.tokenFor('mgr-sch1');
    dir = mkdtempSync(join(tmpdir(), 'cli-import-'));
  });
  afterAll(async () => {
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
    await sys.close();
  });

  const cli = async (...args: string[]) => {
    const lines: string[] = [];
    const code = await run(args, (line) => lines.push(line));
    return { code, text: lines.join('\n') };
  };

  it('reports a bad row on a dry run, then imports the fixed file and prints the result', async () => {
    const file = join(dir, 'register.csv');
    writeFileSync(
      file,
      `${HEADER}\nCLI-1,办公椅,A05010000,张三,302室,2022-01-05,350.00,1,把\nCLI-2,办公椅,A05010000,张三,302室,2022-13-05,350.00,1,把\n`,
    );
    const dry = await cli('import-register', file, '--dry-run');
    expect(dry.code).toBe(1);
    expect(dry.text).toContain('第 3 行 取得日期：取得日期“2022-13-05”不是有效日期');
    expect((await cli('import-register', file)).text).toContain('未导入（422 IMPORT_FILE_HAS_ERRORS）');

    writeFileSync(
      file,
      `${HEADER}\nCLI-1,办公椅,A05010000,张三,302室,2022-01-05,350.00,1,把\nCLI-2,办公椅,A05010000,张三,302室,2022-12-05,350.00,1,把\n`,
    );
    const imported = await cli('import-register', file);
    expect(imported).toEqual({ code: 0, text: expect.stringContaining('完成：新登记 2 张卡片，已登记跳过 0 行，被拒绝 0 行') });
    expect((await cli('import-register', file)).text).toContain('完成：新登记 0 张卡片，已登记跳过 2 行');
  });
});
