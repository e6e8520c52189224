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

  it('import-property checks a property file (a child before its parent) and imports it through the property API', async () => {
    const file = join(dir, 'property.csv');
    const header = '物业编号,类型,上级物业编号,名称,地址,经度,纬度,坐标系,建筑面积,用途,使用状况';
    const building = 'CLI-B1,楼栋,CLI-P1,图书馆,罗湖区桂园路 2 号,114.118,22.545,WGS-84,2400,业务用房,在用';
    writeFileSync(file, `${header}\n${building}\nCLI-P1,地块,,图书馆地块,罗湖区桂园路 2 号,,,,-5,业务用房,在用\n`);
    const dry = await cli('import-property', file, '--dry-run');
    expect(dry.code).toBe(1);
    expect(dry.text).toContain('第 3 行 建筑面积：建筑面积“-5”须为大于 0 的平方米数');
    expect((await cli('import-property', file)).text).toContain('未导入（422 PROPERTY_IMPORT_HAS_ERRORS）');

    writeFileSync(file, `${header}\n${building}\nCLI-P1,地块,,图书馆地块,罗湖区桂园路 2 号,,,,5000,业务用房,在用\n`);
    expect(await cli('import-property', file)).toEqual({
      code: 0,
      text: expect.stringContaining('完成：新登记 2 处物业，已登记跳过 0 行，被拒绝 0 行'),
    });
    expect((await cli('import-property', file)).text).toContain('完成：新登记 0 处物业，已登记跳过 2 行');
  });
});
