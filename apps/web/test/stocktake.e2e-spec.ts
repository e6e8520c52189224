/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import { Browser, Locator, Page } from 'playwright-core';
import { chooseCascaderPath } from '@test/support/browser/antd';
import { BROWSER_TEST_TIMEOUT, launchBrowser, PHONE, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

/**
 * 清查盘点 in the pages: the manager opens a task for one place, downloads its label sheet, a counter counts on a
 * phone (found, found elsewhere), records a surplus and a shortage, signs off, and the report shows what was not found.
 */
describe('stocktake (清查盘点): open, count on a phone, surplus, sign off, report', () => {
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

  const press = (scope: Locator | Page, name: string) =>
    scope
      .getByRole('button', { name: new RegExp(`^${[...name].join('\\s?')}$`) })
      .first()
      .click();

  it(
    'counts the lab’s cards and closes with the manager’s sign-off',
    async () => {
      const token = await sys.tokenFor('mgr-sch1');
      const register = async (assetNo: string, name: string, location: string) => {
        const r = await sys.http().post('/api/assets').set('authorization', `Bearer ${token}`).send({
          assetNo,
          departmentId: 'D-SCH1',
          name,
          categoryCode: 'A02000000',
          custodian: '王老师',
          location,
          acquiredOn: '2023-09-01',
          originalValueFen: 380000,
          quantity: 1,
          unit: '台',
          condition: 'good',
        });
        expect(r.status).toBe(201);
      };
      await register('STW-1', '显微镜', '科学实验室');
      await register('STW-2', '天平', '科学实验室');
      await register('STW-3', '烧杯架', '科学实验室');
      await register('STW-9', '笔记本电脑', '行政楼');
      await sys.projected();

      const mgr = await WebJourney.start(browser, sys.baseUrl, 'stocktake-manager');
      const page = mgr.page;
      await mgr.signIn('mgr-sch1');
      await mgr.open('/manager/stocktakes');
      await press(page, '新建盘点任务');
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('任务名称').fill('科学实验室 期末清查');
      await dialog.getByLabel('存放地点').fill('科学实验室');
      await mgr.checkPage('open-form');
      await dialog.getByRole('button', { name: /^新建盘点任务$/ }).click();
      await page.getByRole('heading', { name: '科学实验室 期末清查', level: 3 }).waitFor();
      await page.getByRole('row').filter({ hasText: 'STW-3' }).getByText('待清点').waitFor();
      const taskUrl = new URL(page.url()).pathname;
      await mgr.checkPage();

      // The label sheet downloads as a PDF.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载资产标签（PDF）' }).click(),
      ]);
      const pdf = await readFile((await download.path()) as string);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

      // A counter (unit staff) on a phone: the number typed (as a scanner gun types it) and Enter.
      const phone = await WebJourney.start(browser, sys.baseUrl, 'stocktake-phone', PHONE);
      await phone.signIn('staff-sch1');
      await phone.open(taskUrl.replace('/manager', ''));
      const field = phone.page.getByLabel('资产编号', { exact: true });
      await field.fill('STW-1');
      await field.press('Enter');
      await phone.page.getByRole('status').filter({ hasText: 'STW-1：账实相符' }).waitFor();
      await field.fill('STW-9');
      await field.press('Enter');
      await phone.page.getByRole('status').filter({ hasText: 'STW-9：在别处发现' }).waitFor();
      await field.fill('STW-1');
      await field.press('Enter');
      await phone.page.getByRole('status').filter({ hasText: '已清点过' }).waitFor();
      await phone.checkPage('counted');
      // Surplus, shortage and the sign-off are the manager's: a counter has no button for them.
      expect(await phone.page.getByRole('button', { name: /签字结束|登记盘盈/ }).count()).toBe(0);
      const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(375);
      await phone.finish();

      // 盘盈 and 盘亏 on the desktop.
      await page.reload();
      await press(page, '登记盘盈');
      const surplus = page.getByRole('dialog');
      await surplus.getByLabel('资产编号').fill('STW-PY-1');
      await surplus.getByLabel('名称').fill('电子秤');
      await chooseCascaderPath(surplus.getByLabel('资产分类', { exact: true }), ['A02000000 设备']);
      await surplus.getByLabel('使用人').fill('王老师');
      await surplus.getByLabel('取得日期').fill('2024-05-01');
      await surplus.getByLabel('原值（元）').fill('1200');
      await surplus.getByRole('button', { name: /^登记盘盈$/ }).click();
      await surplus.waitFor({ state: 'hidden' });
      await page.getByRole('row').filter({ hasText: 'STW-PY-1' }).getByText('盘盈').waitFor();
      await page
        .getByRole('row')
        .filter({ hasText: 'STW-2' })
        .getByRole('button', { name: /^盘\s?亏$/ })
        .click();
      const shortage = page.getByRole('dialog');
      await shortage.getByLabel('盘亏原因').fill('实验室搬迁后未找到');
      await shortage.getByRole('button', { name: /^盘\s?亏$/ }).click();
      await shortage.waitFor({ state: 'hidden' });
      await page.getByRole('row').filter({ hasText: 'STW-2' }).getByText('实验室搬迁后未找到').waitFor();

      // 签字结束: what was never counted becomes 未找到.
      await press(page, '签字结束');
      const close = page.getByRole('dialog');
      await close.getByText('1 项资产').waitFor();
      await close.getByLabel('盘点结论').fill('已核对，天平另行申请核销');
      await close.getByRole('button', { name: /^签字结束$/ }).click();
      await page.getByText('已由 区实验小学 资产管理员 签字结束').waitFor();
      // antd's radio buttons hide the input itself: a person clicks the button's label.
      await page.getByText('未找到 1', { exact: true }).click();
      await page.getByRole('row').filter({ hasText: 'STW-3' }).getByText('未找到').waitFor();
      await page.getByText('差异', { exact: true }).click();
      for (const no of ['STW-2', 'STW-3', 'STW-9', 'STW-PY-1']) await page.getByRole('row').filter({ hasText: no }).first().waitFor();
      expect(await page.getByRole('row').filter({ hasText: 'STW-1' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: '登记盘盈' }).count()).toBe(0);
      await mgr.checkPage('closed');
      const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载差异表（CSV）' }).click()]);
      const csv = (await readFile((await report.path()) as string)).toString();
      for (const text of ['盘点差异表', '未找到', '盘亏', '盘盈', '在别处发现']) expect(csv).toContain(text);
      await mgr.finish();
    },
    BROWSER_TEST_TIMEOUT,
  );
});
