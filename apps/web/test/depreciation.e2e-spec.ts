/// <reference lib="dom" />
import { Browser } from 'playwright-core';
import { addMonths, chinaMonthOf } from '@app/depreciation';
import { launchBrowser, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';
import { clock } from '@test/support/test-clock';

const JOURNEY_MS = 420_000;

/**
 * 财政 loads a useful-life table from a CSV (a bad file is refused line by line, nothing written), closes
 * the month that ended and reads the report by unit; the 资产管理员 sees the charge on the asset card.
 */
describe('depreciation: useful-life table, month-end close, the asset card', () => {
  let sys: WebSystem;
  let browser: Browser;
  let assetId: string;
  const current = chinaMonthOf(new Date());
  const lastMonth = addMonths(current, -1);

  beforeAll(async () => {
    sys = await startWebSystem();
    browser = await launchBrowser();
    const token = await sys.tokenFor('mgr-edu');
    // Registered last month: the ledger starts then, so that month is the first to close.
    clock.travel(new Date(`${lastMonth}-15T04:00:00.000Z`).getTime() - Date.now());
    const res = await sys
      .http()
      .post('/api/assets')
      .set('authorization', `Bearer ${token}`)
      .send({
        assetNo: 'ZJ-2026-0001',
        departmentId: 'D-EDU',
        name: '空调',
        categoryCode: 'A02000000',
        custodian: '张三',
        location: '行政楼302',
        acquiredOn: `${addMonths(current, -3)}-05`,
        originalValueFen: 960000,
        quantity: 1,
        unit: '台',
        condition: 'good',
      })
      .expect(201);
    assetId = res.body.assetId as string;
    clock.reset();
  });
  afterAll(async () => {
    clock.reset();
    await browser?.close();
    await sys?.close();
  });

  it(
    'finance loads a table, closes the month that ended and sees the report; the manager sees the charge on the card',
    async () => {
      const finance = await WebJourney.start(browser, sys.baseUrl, 'finance-depreciation');
      const { page } = finance;
      await finance.signIn('fin-approver');
      await page.getByRole('link', { name: '折旧年限表' }).click();
      await page.getByRole('heading', { name: '折旧年限表', level: 3 }).waitFor();
      await page.getByTestId('life-table-rows').getByText('信息化设备（表1 通用设备·计算机设备）').waitFor();
      await finance.checkPage();

      // A bad file is named line by line and nothing is sent.
      const before = await sys.countEvents();
      await page.getByLabel('年限表文件').setInputFiles({
        name: 'bad.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('分类代码前缀,名称,折旧年限,依据\nA02,设备,2.5,示例\n'),
      });
      await page.getByText(/第 2 行：折旧年限“2.5”/).waitFor();
      await page.getByLabel('施行月份').fill(lastMonth);
      await page.getByLabel('来源').fill('区财政局 折旧年限表');
      await page.getByLabel('依据（文号）').fill('区财发〔2026〕9号');
      await page
        .getByRole('button', { name: '导 入' })
        .or(page.getByRole('button', { name: '导入' }))
        .click();
      await page.getByText('请先选择一个没有错误的年限表文件').waitFor();
      expect(await sys.countEvents()).toBe(before);
      await finance.checkPage('bad-file');

      await page.getByLabel('年限表文件').setInputFiles({
        name: 'lives.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('\uFEFF分类代码前缀,名称,折旧年限,依据\nA02000000,设备,8,区财发〔2026〕9号\nA03,文物和陈列品,不计提,准则\n'),
      });
      await page.getByText('读取到 2 行').waitFor();
      await page
        .getByRole('button', { name: '导 入' })
        .or(page.getByRole('button', { name: '导入' }))
        .click();
      await page.getByText(`已导入第 1 版，${lastMonth} 起施行`).waitFor();
      await page.getByTestId('life-table-rows').getByText('区财发〔2026〕9号').waitFor();

      // Close the month that ended: the first close of the ledger.
      await page.getByRole('link', { name: '月末计提' }).click();
      await page.getByRole('heading', { name: '月末计提折旧', level: 3 }).waitFor();
      await finance.checkPage();
      await page.getByRole('button', { name: `计提 ${lastMonth}` }).click();
      await page.getByRole('button', { name: /确\s*定|OK/ }).click();
      // Bought 3 months ago: 2 of 96 months gone when first charged, ¥9,600.00 over the 94 left.
      const charge = Math.floor(960000 / 94);
      const yuan = `¥${(charge / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
      await page.getByTestId('close-result').getByText(`${lastMonth} 已计提：1 项资产，1 个单位，合计 ${yuan}`).waitFor();
      await page.getByTestId('depreciation-report').getByText('区教育局（D-EDU）').waitFor();
      await page.getByText(`${current} 尚未结束，暂无可计提的月份`).waitFor();
      await finance.checkPage('closed');
      await finance.finish();

      const manager = await WebJourney.start(browser, sys.baseUrl, 'manager-depreciation-card');
      await manager.signIn('mgr-edu');
      await manager.page.goto(`/manager/assets/${assetId}`);
      const schedule = manager.page.getByTestId('depreciation-schedule');
      await schedule.getByText(lastMonth).waitFor();
      await schedule.getByText(yuan).first().waitFor();
      await manager.page.getByTestId('depreciation-totals').getByText('8 年').waitFor();
      await manager.checkPage();
      await manager.finish();
    },
    JOURNEY_MS,
  );
});
