/// <reference lib="dom" />
import { Browser } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT, launchBrowser, PHONE, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

const HEADER = '资产编号,名称,分类代码,使用部门,使用人,存放地点,取得日期,原值,累计折旧,数量,计量单位,使用状况';
const row = (no: string, value: string) => `${no},会议桌,A05010000,办公室,王主任,行政楼一楼会议室,2021-09-01,${value},800.00,1,张,在用`;
const csv = (...rows: string[]) => ({
  name: 'register.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from([HEADER, ...rows].join('\n') + '\n'),
});

/**
 * 资产导入 in the pages: a file with a bad row gets a report by row and column and cannot be imported; the
 * fixed file is imported with progress to the end, the cards show in the register, and the same file
 * again registers nothing new. The page fits a 375 px phone.
 */
describe('asset import (资产导入): report, fix, import, re-import', () => {
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

  it(
    'reports the bad row, imports the fixed file, and a second upload writes nothing',
    async () => {
      const journey = await WebJourney.start(browser, sys.baseUrl, 'asset-import');
      const page = journey.page;
      await journey.signIn('mgr-sch1');
      await page.getByRole('link', { name: '资产导入' }).click();
      await page.getByRole('heading', { name: '资产导入', level: 3 }).waitFor();
      await journey.checkPage();

      // A figure of the report or the result by its exact label ("新登记" is not "将新登记").
      const figure = (label: string, value: string) =>
        page
          .locator('.ant-descriptions-item')
          .filter({ has: page.locator('.ant-descriptions-item-label', { hasText: new RegExp(`^${label}$`) }) })
          .locator('.ant-descriptions-item-content', { hasText: new RegExp(`^${value}$`) })
          .waitFor();
      const fileInput = page.getByLabel('选择导入文件');
      const dryRun = page.getByRole('button', { name: '试导入' });
      const start = page.getByRole('button', { name: '开始导入' });
      await fileInput.setInputFiles(csv(row('WEB-IMP-1', '2600.00'), row('WEB-IMP-2', '26OO.00')));
      await dryRun.click();
      const problem = page.getByRole('row').filter({ hasText: '原值“26OO.00”须为不小于 0 的金额' });
      await problem.waitFor();
      expect(await problem.getByRole('cell').allTextContents()).toEqual([
        '3',
        '原值',
        '原值“26OO.00”须为不小于 0 的金额（元，最多两位小数）',
      ]);
      await page.getByText('有 1 个问题').waitFor();
      expect(await start.isDisabled()).toBe(true);
      await journey.checkPage('report');

      const events = await sys.countEvents();
      await fileInput.setInputFiles(csv(row('WEB-IMP-1', '2600.00'), row('WEB-IMP-2', '2600.00')));
      await dryRun.click();
      await page.getByText('没有发现问题，可以开始导入').waitFor();
      await start.click();
      await page.getByRole('status').filter({ hasText: '导入完成' }).waitFor();
      await figure('新登记', '2');
      await journey.checkPage('done');
      expect(await sys.countEvents()).toBe(events + 2);

      await sys.projected();
      await page.getByRole('link', { name: '查看资产台账' }).click();
      await page.getByRole('heading', { name: '资产台账', level: 3 }).waitFor();
      await page.getByRole('row').filter({ hasText: 'WEB-IMP-1' }).waitFor();
      await page.getByRole('row').filter({ hasText: 'WEB-IMP-2' }).waitFor();

      // The same file again: the check says both are registered already; importing it registers nothing.
      await page.getByRole('link', { name: '资产导入' }).click();
      await fileInput.setInputFiles(csv(row('WEB-IMP-1', '2600.00'), row('WEB-IMP-2', '2600.00')));
      await dryRun.click();
      await figure('已登记（将跳过）', '2');
      await start.click();
      await page.getByRole('status').filter({ hasText: '导入完成' }).waitFor();
      await figure('已登记跳过', '2');
      expect(await sys.countEvents()).toBe(events + 2);
      await journey.finish();

      const phone = await WebJourney.start(browser, sys.baseUrl, 'asset-import-phone', PHONE);
      await phone.signIn('mgr-sch1');
      await phone.open('/manager/assets/import');
      await phone.page.getByLabel('选择导入文件').setInputFiles(csv(row('WEB-IMP-3', '1.234')));
      await phone.page.getByRole('button', { name: '试导入' }).click();
      await phone.page.getByText('有 1 个问题').waitFor();
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await phone.finish();
    },
    BROWSER_TEST_TIMEOUT,
  );
});
