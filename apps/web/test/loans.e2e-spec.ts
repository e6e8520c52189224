/// <reference lib="dom" />
import { Browser } from 'playwright-core';
import { chooseOption } from '@test/support/browser/antd';
import { BROWSER_TEST_TIMEOUT, launchBrowser, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

/**
 * 借用 in the pages: the lender lends from the asset card (a bad due date is refused in the form), the
 * card and both units' 借用管理 pages show it on loan, and the lender records its return.
 */
describe('loans (借用): lend from the card, see it on the loans page, record the return', () => {
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
    'lends a projector to the hospital and takes it back',
    async () => {
      const token = await sys.tokenFor('mgr-sch1');
      const registered = await sys.http().post('/api/assets').set('authorization', `Bearer ${token}`).send({
        assetNo: 'SCH1-LOAN-WEB-1',
        departmentId: 'D-SCH1',
        name: '便携式投影仪',
        categoryCode: 'A02000000',
        custodian: '张老师',
        location: '教学楼201',
        acquiredOn: '2024-03-01',
        originalValueFen: 420000,
        quantity: 1,
        unit: '台',
        condition: 'good',
      });
      expect(registered.status).toBe(201);
      const assetId = registered.body.assetId as string;
      await sys.projected();

      const lender = await WebJourney.start(browser, sys.baseUrl, 'loans-lender');
      const page = lender.page;
      await lender.signIn('mgr-sch1');
      await lender.open(`/manager/assets/${assetId}`);
      expect(await page.getByRole('button', { name: /^迁\s?移$/ }).count()).toBe(1);
      await page.getByRole('button', { name: /^借\s?出$/ }).click();
      const dialog = page.getByRole('dialog');
      await chooseOption(dialog.getByLabel('借用单位'), '区人民医院（D-HOSP1）');
      await dialog.getByLabel('借用人').fill('李护士长');
      await dialog.getByLabel('用途').fill('义诊活动使用');
      const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      await dialog.getByLabel('约定归还日期').fill(due);
      await lender.checkPage('lend-form');
      await dialog
        .getByRole('button', { name: '借 出' })
        .or(dialog.getByRole('button', { name: '借出' }))
        .first()
        .click();
      await page.getByRole('heading', { level: 3 }).filter({ hasText: '便携式投影仪' }).waitFor();
      await page.locator('.ant-tag', { hasText: '借出' }).first().waitFor();
      // The dialog's own 借出 button stays on screen while the dialog fades out; count only once it is gone.
      await dialog.waitFor({ state: 'hidden' });
      // Out on loan, it cannot be lent again or moved until it is back.
      expect(await page.getByRole('button', { name: /^借\s?出$/ }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^迁\s?移$/ }).count()).toBe(0);

      // The loans page lists it as out, with the borrower; the lender records the return.
      await page.getByRole('link', { name: '借用管理' }).click();
      await page.getByRole('heading', { name: '借用管理', level: 3 }).waitFor();
      const row = page.getByRole('row').filter({ hasText: 'SCH1-LOAN-WEB-1' });
      await row.getByText('李护士长').waitFor();
      await row.getByText('在借').waitFor();
      await lender.checkPage('open');
      await row.getByRole('button', { name: '登记归还' }).click();
      const back = page.getByRole('dialog');
      await back.getByLabel('归还说明').fill('完好归还');
      await back.getByRole('button', { name: '登记归还' }).click();
      await page.getByRole('tab', { name: '已归还' }).click();
      await page.getByRole('row').filter({ hasText: 'SCH1-LOAN-WEB-1' }).getByText('按期').waitFor();
      await lender.checkPage('returned');
      await lender.finish();

      // The borrowing unit sees what it returned; it has no button to record the return itself.
      const borrower = await WebJourney.start(browser, sys.baseUrl, 'loans-borrower');
      await borrower.signIn('mgr-hosp1');
      await borrower.open('/manager/loans');
      await borrower.page.getByRole('tab', { name: '已归还' }).click();
      const theirs = borrower.page.getByRole('row').filter({ hasText: 'SCH1-LOAN-WEB-1' });
      await theirs.getByText('按期').waitFor();
      expect(await theirs.getByRole('button', { name: '登记归还' }).count()).toBe(0);
      await borrower.checkPage('borrower');
      await borrower.finish();
    },
    BROWSER_TEST_TIMEOUT,
  );
});
