/// <reference lib="dom" />
import { Browser } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT, launchBrowser, PHONE, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

describe('pages: served by the API, sign-in, layout, language, expired session', () => {
  let sys: WebSystem;
  let browser: Browser;

  beforeAll(async () => {
    sys = await startWebSystem();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  }, BROWSER_TEST_TIMEOUT);

  it(
    'serves the pages at / with deep links, and keeps /api answering JSON',
    async () => {
      const page = await sys.http().get('/manager/dashboard').expect(200);
      expect(page.text).toContain('<div id="root">');
      const missing = await sys.http().get('/api/no-such-thing').expect(404);
      expect(missing.body).toMatchObject({ statusCode: 404 });
      await sys.http().get('/api/health/live').expect(200);
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'signs a manager in to the 工作台 with unit and role in the header, and switches to English',
    async () => {
      const journey = await WebJourney.start(browser, sys.baseUrl, 'foundation-sign-in');
      await journey.signIn('mgr-edu');
      const { page } = journey;
      await page.waitForURL('**/manager/dashboard');
      await page.getByRole('heading', { name: '工作台', level: 3 }).waitFor();
      expect(await page.getByTestId('header-unit').innerText()).toContain('区教育局');
      expect(await page.getByTestId('header-role').innerText()).toBe('资产管理员');
      expect(await page.title()).toBe('工作台 · 云公物仓');
      await journey.checkPage();
      await page.getByText('EN', { exact: true }).click();
      await page.getByRole('heading', { name: 'Dashboard', level: 3 }).waitFor();
      expect(await page.getByTestId('header-role').innerText()).toBe('Asset manager');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');
      await journey.checkPage();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL('**/sign-in');
      await journey.finish();
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'sends a person whose token expired to sign-in and back to the page they were on',
    async () => {
      const journey = await WebJourney.start(browser, sys.baseUrl, 'foundation-expired');
      await journey.signIn('mgr-health');
      const { page } = journey;
      await page.waitForURL('**/manager/dashboard');
      // The access token stops being valid (as after 15 minutes): the page refreshes it silently and stays.
      const spoil = (both: boolean) =>
        page.evaluate((both) => {
          const stored = JSON.parse(localStorage.getItem('session') as string) as { token: string; refreshToken: string };
          localStorage.setItem(
            'session',
            JSON.stringify({ ...stored, token: `${stored.token}x`, refreshToken: both ? `${stored.refreshToken}x` : stored.refreshToken }),
          );
        }, both);
      await spoil(false);
      await page.reload();
      await page.getByRole('heading', { name: '工作台', level: 3 }).waitFor();
      await journey.settled();
      expect(page.url()).toMatch(/\/manager\/dashboard$/);
      const renewed = await page.evaluate(() => (JSON.parse(localStorage.getItem('session') as string) as { token: string }).token);
      expect(renewed.endsWith('x')).toBe(false);
      // The refresh is refused too (session ended): back to sign-in, then to the same page.
      await spoil(true);
      await page.reload();
      await page.waitForURL('**/sign-in');
      await page.getByText('登录已过期，请重新登录').waitFor();
      await journey.checkPage();
      await page.getByRole('radio', { name: /· mgr-health）/ }).check();
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL('**/manager/dashboard');
      await journey.finish();
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'lays a phone out in one column with a bottom tab bar and no horizontal scroll',
    async () => {
      const journey = await WebJourney.start(browser, sys.baseUrl, 'foundation-phone', PHONE);
      await journey.signIn('mgr-edu');
      const { page } = journey;
      await page.waitForURL('**/manager/dashboard');
      const tabs = page.getByRole('navigation', { name: 'tabs' });
      await tabs.waitFor();
      const box = await tabs.getByRole('link').first().boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await journey.checkPage();
      await journey.finish();
    },
    BROWSER_TEST_TIMEOUT,
  );
});
