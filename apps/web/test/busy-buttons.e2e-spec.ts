/// <reference lib="dom" />
import { Browser } from 'playwright-core';
import { chooseCascaderPath } from '@test/support/browser/antd';
import { BROWSER_TEST_TIMEOUT, launchBrowser, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

/**
 * The spinner got stuck when the answer came within a frame or two of the click, so the answers are
 * held back 0, 1, 2 … ms in turn, covering a few frames twice: the first refusal comes from the API, the
 * later ones are that same answer given again by the browser after the hold (no second HTTP client
 * racing the server's idle connections).
 */
const TRIES = 60;
const LATEST_MS = 40;

/**
 * A submit button is busy only while its request runs. A refusal answered within a few frames used
 * to leave antd's sliding spinner in the button for good: its leave transition started at width 0
 * and never ended, so the icon stayed in the page (invisible) and the button was read out as
 * "loading 登记". Without the fix this test stopped at try 43 and 44 in two runs (answers held 2–3 ms).
 */
describe('a submit button is ready again after every quick refusal', () => {
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
    `the register form refused ${TRIES} times in a row shows 登记 (no spinner) after each refusal, and nothing is written`,
    async () => {
      const r = await WebJourney.start(browser, sys.baseUrl, 'busy-buttons');
      const page = r.page;
      await r.signIn('mgr-sch1', '/manager/assets/new');
      await page.getByRole('heading', { name: '资产登记', level: 3 }).waitFor();
      await page.getByLabel('名称', { exact: true }).fill('激光投影仪');
      await chooseCascaderPath(page.getByLabel('资产分类', { exact: true }), ['A02000000 设备']);
      await page.getByLabel('使用人').fill('李老师');
      await page.getByLabel('存放地点').fill('教学楼 301 教室');
      await page.getByLabel('取得日期').fill('2023-09-01');
      await page.getByLabel('原值（元）').fill('12800');
      // An asset number the API refuses (spaces, too long): the refusal names the field, nothing is stored.
      await page.getByLabel('资产编号').fill('坏编号 with spaces and far too long '.repeat(3));

      const registered = async () =>
        Number(
          (await sys.query<{ n: string }>(`SELECT count(*) AS n FROM event_store.events WHERE event_type = 'asset.registered.v1'`))[0].n,
        );
      const before = await registered();
      let holdMs = 0;
      let refusal: { status: number; contentType: string; body: Buffer } | undefined;
      await page.route('**/api/assets', async (route) => {
        if (!refusal) return route.continue();
        await new Promise((resolve) => setTimeout(resolve, holdMs));
        await route.fulfill(refusal);
      });
      const submit = page.getByRole('button', { name: '登记', exact: true });
      const stuck: string[] = [];
      for (let i = 0; i < TRIES; i++) {
        holdMs = i % LATEST_MS;
        const answered = page.waitForResponse((res) => res.url().endsWith('/api/assets') && res.request().method() === 'POST');
        await submit.click();
        const answer = await answered;
        expect(answer.status()).toBe(400);
        refusal ??= { status: 400, contentType: (await answer.headerValue('content-type')) ?? '', body: await answer.body() };
        await page.locator('[id$="assetNo_help"]').first().waitFor();
        const ready = await submit.waitFor({ timeout: 5_000 }).then(
          () => true,
          () => false,
        );
        if (!ready) {
          stuck.push(`try ${i + 1} (answer held ${holdMs} ms): ${await page.locator('button[type="submit"]').first().innerHTML()}`);
          break;
        }
      }
      expect(stuck).toEqual([]);
      expect(await registered()).toBe(before);
      await r.finish();
    },
    BROWSER_TEST_TIMEOUT,
  );
});
