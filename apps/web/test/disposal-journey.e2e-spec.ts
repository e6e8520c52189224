/// <reference lib="dom" />
import { Browser, Page } from 'playwright-core';
import { chooseOption } from '@test/support/browser/antd';
import { launchBrowser, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';
import { clock } from '@test/support/test-clock';

const JOURNEY_MS = 420_000;
const DAY = 86400_000;

/**
 * 处置 through the pages: the manager asks to dispose of a long-idle listed asset from the long-idle
 * report and of another from its card; the 主管部门 approves both (the cheap one is filed with finance at
 * once, the dear one goes on to 财政); finance approves; the manager writes both off (核销) with the
 * sale's proceeds; they are gone from the register, and the auditor still finds them as of the day before.
 */
describe('disposal journey: request → approvals by value → 核销 → gone from the register, present as of the day before', () => {
  let sys: WebSystem;
  let browser: Browser;
  let cheap: string;
  let dear: string;

  beforeAll(async () => {
    sys = await startWebSystem();
    browser = await launchBrowser();
    const token = await sys.tokenFor('mgr-sch1');
    const post = (path: string, body: object) => sys.http().post(path).set('authorization', `Bearer ${token}`).send(body);
    const card = {
      departmentId: 'D-SCH1',
      custodian: '总务处',
      location: '旧库房',
      quantity: 1,
      unit: '台',
      condition: 'poor',
      acquiredOn: '2012-03-01',
    };
    cheap = (
      await post('/api/assets', {
        ...card,
        assetNo: 'DSP-CHEAP',
        name: '旧打印机',
        categoryCode: 'A02000000',
        originalValueFen: 300_000,
      }).expect(201)
    ).body.assetId as string;
    dear = (
      await post('/api/assets', {
        ...card,
        assetNo: 'DSP-DEAR',
        name: '旧服务器',
        categoryCode: 'A02000000',
        originalValueFen: 8_000_000,
      }).expect(201)
    ).body.assetId as string;
    await post(`/api/assets/${dear}/listing`, {
      description: '性能落后，无人申领',
      condition: 'poor',
      pickupLocation: '旧库房',
      advertiseUntil: new Date(clock.now().getTime() + 365 * DAY).toISOString(),
    }).expect(201);
    // A hundred days later the server still has it listed: the long-idle report (90 days) names it.
    clock.travel(100 * DAY);
    await sys.projected();
  });
  afterAll(async () => {
    clock.reset();
    await browser?.close();
    await sys?.close();
  });

  const ok = (page: Page) =>
    page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();

  it(
    'goes from the request to the write-off and leaves the history intact',
    async () => {
      const manager = await WebJourney.start(browser, sys.baseUrl, 'disposal-manager');
      const { page } = manager;
      await manager.signIn('mgr-sch1');

      // From the long-idle report: the listed server, straight to a sale request (its listing is withdrawn by it).
      await manager.open('/reports/idle');
      await page.getByRole('button', { name: '申请处置 DSP-DEAR' }).click();
      await page.getByRole('dialog').getByText('申请处置：旧服务器 · DSP-DEAR').waitFor();
      await chooseOption(page.getByLabel('处置方式', { exact: true }), '出售');
      await page.getByLabel('处置原因').fill('性能落后，长期闲置无人申领');
      await manager.checkPage('request-dialog');
      // The first answer is lost on the way back (the server did record the request): the retried click
      // sends the same Idempotency-Key, so the server answers with that request instead of a second one.
      const keys: string[] = [];
      await page.route('**/api/disposals', async (route) => {
        if (route.request().method() !== 'POST') return route.continue();
        keys.push(route.request().headers()['idempotency-key'] ?? '');
        const response = await route.fetch();
        if (keys.length > 1) return route.fulfill({ response });
        return route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({ statusCode: 503, code: 'STORE_UNAVAILABLE', message: '数据存储暂时不可用' }),
        });
      });
      await ok(page);
      await page.getByRole('dialog').getByRole('alert').waitFor();
      await ok(page);
      await page.waitForURL('**/manager/disposals');
      await page.unroute('**/api/disposals');
      expect(keys).toHaveLength(2);
      expect(keys[1]).toBe(keys[0]);
      await page.getByRole('row', { name: /DSP-DEAR.*主管部门审核/ }).waitFor();
      expect(await page.getByRole('row', { name: /DSP-DEAR/ }).count()).toBe(1);

      // From the card: the cheap printer, scrapped.
      await manager.open(`/manager/assets/${cheap}`);
      await page.getByRole('button', { name: '申请处置' }).click();
      await page.getByLabel('处置原因').fill('硒鼓组件损坏，维修费用高于残值');
      await ok(page);
      await page.waitForURL('**/manager/disposals');
      await page.getByRole('row', { name: /报废.*DSP-CHEAP.*主管部门审核/ }).waitFor();
      await manager.checkPage();

      // The 主管部门 approves both: the cheap one (¥3,000, under the ¥50,000 line) is filed with finance at once.
      const reviewer = await WebJourney.start(browser, sys.baseUrl, 'disposal-reviewer');
      await reviewer.signIn('mgr-edu');
      await reviewer.open('/approvals');
      await reviewer.page.getByRole('tab', { name: '处置审批' }).click();
      for (const assetNo of ['DSP-DEAR', 'DSP-CHEAP']) {
        await reviewer.page.getByRole('button', { name: `同意 ${assetNo}` }).click();
        await reviewer.page.getByRole('dialog').getByLabel('意见').fill('同意处置');
        await reviewer.checkPage('decision');
        await ok(reviewer.page);
        await reviewer.page.getByRole('button', { name: `同意 ${assetNo}` }).waitFor({ state: 'detached' });
      }
      await reviewer.page.getByText('没有等待您审批的处置申请').waitFor();
      await reviewer.finish();

      // Finance sees only the dear one (¥80,000, above the line) and approves it.
      const finance = await WebJourney.start(browser, sys.baseUrl, 'disposal-finance');
      await finance.signIn('fin-approver');
      await finance.open('/approvals');
      await finance.page.getByRole('tab', { name: '处置审批' }).click();
      await finance.page.getByTestId('disposal-item').first().waitFor();
      expect(await finance.page.getByTestId('disposal-item').count()).toBe(1);
      await finance.page.getByText('¥80,000.00').first().waitFor();
      await finance.checkPage('disposals');
      await finance.page.getByRole('button', { name: '同意 DSP-DEAR' }).click();
      await ok(finance.page);
      await finance.page.getByText('没有等待您审批的处置申请').waitFor();
      await finance.finish();

      // 核销: the sale with its proceeds paid to the treasury; the scrap without proceeds.
      await page.reload();
      await page.getByRole('row', { name: /DSP-DEAR.*已批复·待核销/ }).waitFor();
      await page.getByRole('button', { name: '核销 DSP-DEAR' }).click();
      await page.getByLabel('处置收入（元）').fill('1,200.00');
      await ok(page);
      await page.getByRole('dialog').getByText('须上缴国库').first().waitFor();
      await manager.checkPage('write-off-refused');
      await page.getByLabel('上缴国库凭证号').fill('非税缴款书 3301-2026-000123');
      await page.getByLabel('批复文号').fill('区财资〔2026〕8号');
      await ok(page);
      await page.getByRole('row', { name: /DSP-DEAR.*已核销.*¥1,200\.00/ }).waitFor();
      await page.getByRole('button', { name: '核销 DSP-CHEAP' }).click();
      await ok(page);
      await page.getByRole('row', { name: /DSP-CHEAP.*已核销/ }).waitFor();
      const writtenOff = clock.now().getTime();

      // Gone from the live register.
      await manager.open('/manager/assets');
      await page.getByLabel('搜索名称、编号、地点（支持拼音首字母）').fill('DSP-');
      const searched = page.waitForResponse((r) => r.url().includes('/api/assets?') && r.url().includes('q=DSP-'));
      await page.getByLabel('搜索名称、编号、地点（支持拼音首字母）').press('Enter');
      expect((await (await searched).json()) as { items: unknown[] }).toMatchObject({ items: [] });
      await manager.settled();
      expect(await page.getByRole('row', { name: /DSP-/ }).count()).toBe(0);
      await manager.finish();

      // The auditor still sees the server as of the day before its write-off.
      const auditor = await WebJourney.start(browser, sys.baseUrl, 'disposal-auditor');
      await auditor.signIn('auditor');
      await auditor.open(`/auditor/as-of?assetId=${dear}&at=${new Date(writtenOff - DAY).toISOString()}`);
      await auditor.page.getByText('DSP-DEAR').first().waitFor();
      await auditor.page.getByText('旧服务器').first().waitFor();
      await auditor.finish();
    },
    JOURNEY_MS,
  );
});
