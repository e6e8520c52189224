/// <reference lib="dom" />
import ExcelJS from 'exceljs';
import { Browser } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT, launchBrowser, PHONE, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

const HEADER = ['物业编号', '类型', '上级物业编号', '名称', '地址', '经度', '纬度', '坐标系', '建筑面积', '使用面积', '用途', '使用状况'];
const parcel = (area: string) => [
  'WEB-P1',
  '地块',
  '',
  '东门体育公园',
  '罗湖区东门北路 8 号',
  '114.131245',
  '22.548456',
  'GCJ-02',
  area,
  '',
  '体育场馆',
  '在用',
];
const building = [
  'WEB-B1',
  '楼栋',
  'WEB-P1',
  '东门体育馆',
  '罗湖区东门北路 8 号',
  '114.1313',
  '22.5485',
  '',
  '5600',
  '5000',
  '体育场馆',
  '闲置',
];

async function xlsx(...rows: string[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('物业');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return {
    name: 'property.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await book.xlsx.writeBuffer()),
  };
}

/**
 * 物业导入 in the pages: a file with a bad area gets a report by row and column and cannot be imported; the
 * fixed file (the building listed before its parcel) is imported with progress to the end and the properties
 * show in the 物业台账. The page fits a 375 px phone.
 */
describe('property import (物业导入): report, fix, import, see it in the register', () => {
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
    'reports the bad row, imports the fixed file, and lists the properties',
    async () => {
      const journey = await WebJourney.start(browser, sys.baseUrl, 'property-import');
      const page = journey.page;
      await journey.signIn('mgr-sch1');
      await journey.open('/properties/import');
      await page.getByRole('heading', { name: '物业导入', level: 3 }).waitFor();
      await journey.checkPage();

      const fileInput = page.getByLabel('选择导入文件');
      const dryRun = page.getByRole('button', { name: '试导入' });
      const start = page.getByRole('button', { name: '开始导入' });
      await fileInput.setInputFiles(await xlsx(building, parcel('1,2OO')));
      await dryRun.click();
      const problem = page.getByRole('row').filter({ hasText: '建筑面积“1,2OO”' });
      await problem.waitFor();
      expect(await problem.getByRole('cell').allTextContents()).toEqual([
        '3',
        '建筑面积',
        '建筑面积“1,2OO”须为大于 0 的平方米数，最多两位小数',
      ]);
      // The building's parent row has the problem: it is named too.
      await page.getByRole('row').filter({ hasText: '上级物业 WEB-P1 在第 3 行' }).waitFor();
      expect(await start.isDisabled()).toBe(true);
      await journey.checkPage('report');

      const events = await sys.countEvents();
      await fileInput.setInputFiles(await xlsx(building, parcel('12000')));
      await dryRun.click();
      await page.getByText('没有发现问题，可以开始导入').waitFor();
      // The building's row gave no 坐标系: the report says it was read as GCJ-02.
      await page.getByRole('row').filter({ hasText: '1 行未填坐标系' }).waitFor();
      await start.click();
      await page.getByRole('status').filter({ hasText: '导入完成' }).waitFor();
      await journey.checkPage('done');
      expect(await sys.countEvents()).toBe(events + 2);

      await sys.projected();
      await page.getByRole('link', { name: '查看物业台账' }).click();
      await page.getByRole('heading', { name: '物业台账', level: 3 }).waitFor();
      await page.getByRole('row').filter({ hasText: 'WEB-P1' }).filter({ hasText: '东门体育公园' }).waitFor();
      await page.getByRole('row').filter({ hasText: 'WEB-B1' }).filter({ hasText: '东门体育馆' }).waitFor();
      await journey.finish();

      const phone = await WebJourney.start(browser, sys.baseUrl, 'property-import-phone', PHONE);
      await phone.signIn('mgr-sch1');
      await phone.open('/properties/import');
      await phone.page.getByLabel('选择导入文件').setInputFiles(await xlsx(building, parcel('12000')));
      await phone.page.getByRole('button', { name: '试导入' }).click();
      await phone.page.getByText('已登记（将跳过）').waitFor();
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await phone.finish();
    },
    BROWSER_TEST_TIMEOUT,
  );
});
