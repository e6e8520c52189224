/// <reference lib="dom" />
import { Browser } from 'playwright-core';
import { chooseCascaderPath } from '@test/support/browser/antd';
import { launchBrowser, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

const JOURNEY_MS = 420_000;
const HEAD = 'code,name,parent\nA02000000,设备,\nA02010000,信息化设备,A02000000\nA02010100,计算机,A02010000\n';

/** 系统管理员 loads the category table (a bad row refused whole, then fixed); a manager registers with a leaf of it. */
describe('category table: load from CSV, then register with a leaf code', () => {
  let sys: WebSystem;
  let browser: Browser;

  beforeAll(async () => {
    sys = await startWebSystem();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  });

  const tableEvents = async () =>
    (await sys.query<{ n: string }>(`SELECT count(*) AS n FROM event_store.events WHERE stream_id = 'category-table'`))[0].n;

  it(
    'shows every bad row, loads the fixed table, and the register form picks a 品目 from it',
    async () => {
      const admin = await WebJourney.start(browser, sys.baseUrl, 'admin-category-table');
      const { page } = admin;
      await admin.signIn('admin');
      await admin.open('/admin/categories');
      await page.getByRole('heading', { name: '资产分类表', level: 3 }).waitFor();
      await page.getByRole('cell', { name: '台式计算机' }).waitFor();

      // One bad row (a code of seven digits): the whole table is refused, the row named, nothing written.
      await page.getByLabel('CSV 内容').fill(`${HEAD}A0201011,台式机,A02010100\n`);
      await page.getByLabel('来源（文件名、文号）').fill('品目表-有误.csv');
      await page.getByRole('button', { name: '载入' }).click();
      await page.getByText('校验未通过：共 1 处问题，分类表未载入').waitFor();
      await page.getByRole('cell', { name: /第5行代码“A0201011”/ }).waitFor();
      expect(await tableEvents()).toBe('0');
      await admin.checkPage('refused');

      // Fixed: loaded as version 1, and the table in force shows it.
      await page.getByLabel('CSV 内容').fill(`${HEAD}A02010199,测试用计算机,A02010100\n`);
      await page.getByLabel('来源（文件名、文号）').fill('品目表.csv');
      await page.getByRole('button', { name: '载入' }).click();
      await page.getByText('已载入第 1 版，共 4 行').waitFor();
      await page.getByRole('cell', { name: '测试用计算机' }).waitFor();
      expect(await tableEvents()).toBe('1');
      await admin.finish();

      const manager = await WebJourney.start(browser, sys.baseUrl, 'manager-register-with-leaf');
      const m = manager.page;
      await manager.signIn('mgr-edu');
      await manager.open('/manager/assets/new');
      await m.getByRole('heading', { name: '资产登记', level: 3 }).waitFor();
      await m.getByLabel('资产编号').fill('EDU-CAT-0001');
      await m.getByLabel('名称', { exact: true }).fill('测试计算机');
      await chooseCascaderPath(m.getByLabel('资产分类', { exact: true }), [
        'A02000000 设备',
        'A02010000 信息化设备',
        'A02010100 计算机',
        'A02010199 测试用计算机',
      ]);
      await m.getByLabel('使用人').fill('张三');
      await m.getByLabel('存放地点').fill('行政楼302室');
      await m.getByLabel('取得日期').fill('2023-05-10');
      await m.getByLabel('原值（元）').fill('4999');
      await manager.checkPage('filled');
      await m.getByRole('button', { name: '登记', exact: true }).click();
      await m.waitForURL((url) => !url.pathname.endsWith('/assets/new'));
      const [registered] = await sys.query<{ code: string }>(
        `SELECT data->>'categoryCode' AS code FROM event_store.events WHERE event_type = 'asset.registered.v1' AND data->>'assetNo' = 'EDU-CAT-0001'`,
      );
      expect(registered.code).toBe('A02010199');
      await manager.finish();
    },
    JOURNEY_MS,
  );
});
