/// <reference lib="dom" />
import { Browser } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT, launchBrowser, PHONE, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

/**
 * The inbox badge is live: the listing school's manager has the page open while the staff of another unit,
 * in another browser, claims the school's projector in the warehouse feed; the badge counts the
 * new claim to pick without a reload, the inbox lists it and opens the claims page. A resident's phone
 * shows the badge too (375 px, no horizontal scroll).
 */
describe('inbox badge and page (待办与消息)', () => {
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
    'the badge updates live when another person acts, and the inbox opens the object',
    async () => {
      const token = await sys.tokenFor('mgr-sch1');
      const auth = { authorization: `Bearer ${token}` };
      const registered = await sys.http().post('/api/assets').set(auth).send({
        assetNo: 'SCH1-INBOX-WEB-1',
        departmentId: 'D-SCH1',
        name: '投影仪',
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
      const listed = await sys
        .http()
        .post(`/api/assets/${registered.body.assetId}/listing`)
        .set(auth)
        .send({
          description: '九成新',
          condition: 'good',
          pickupLocation: '实验小学门卫室',
          advertiseUntil: inHours(72),
        });
      expect(listed.status).toBe(201);
      await sys.projected();

      const owner = await WebJourney.start(browser, sys.baseUrl, 'inbox-owner');
      await owner.signIn('mgr-sch1');
      const badge = owner.page.getByTestId('inbox-badge');
      await badge.waitFor();
      await owner.page.waitForFunction(() => document.querySelector('[data-testid="inbox-badge"]')?.getAttribute('data-count') === '0');
      await owner.checkPage();

      // The hospital's staff, in a browser of their own, claims the projector in the feed.
      const claimant = await WebJourney.start(browser, sys.baseUrl, 'inbox-claimant');
      await claimant.signIn('staff-hosp1');
      await claimant.page.waitForURL('**/market');
      const card = claimant.page.getByTestId('listing-card').filter({ hasText: '投影仪' });
      await card.getByRole('button', { name: '申领 投影仪' }).click();
      const dialog = claimant.page.getByRole('dialog', { name: '申领「投影仪」' });
      await dialog.getByLabel('申领理由').fill('多媒体教室缺少投影设备');
      await dialog.getByRole('button', { name: '申领' }).click();
      await claimant.page.getByText('已提交申领，等待发布单位选定').waitFor();

      // Without a reload, the owner's badge counts the claim to pick, and says so in words.
      await owner.page.waitForFunction(() => document.querySelector('[data-testid="inbox-badge"]')?.getAttribute('data-count') === '1');
      expect(await badge.getAttribute('aria-label')).toBe('待办 1 项，未读消息 0 条');

      await badge.click();
      await owner.page.getByRole('heading', { name: '待办与消息', level: 3 }).waitFor();
      const item = owner.page.getByRole('listitem').filter({ hasText: '选定申领：投影仪' });
      await item.waitFor();
      expect(await item.innerText()).toContain('区人民医院 申领了在仓物品「投影仪」');
      await owner.checkPage();
      await owner.page.getByRole('tab', { name: /消息/ }).click();
      await owner.page.getByText('暂无消息').waitFor();
      await owner.page.getByRole('tab', { name: /待办/ }).click();
      await item.getByRole('button', { name: '查看' }).click();
      await owner.page.waitForURL('**/manager/claims');
      await claimant.finish();
      await owner.finish();
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'a resident sees the badge on a 375 px phone without horizontal scroll',
    async () => {
      const resident = await WebJourney.start(browser, sys.baseUrl, 'inbox-resident-phone', PHONE);
      await resident.signIn('resident-1');
      await resident.page.getByTestId('inbox-badge').waitFor();
      const box = await resident.page.getByTestId('inbox-badge').boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(44);
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
      expect(await resident.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await resident.page.getByTestId('inbox-badge').click();
      await resident.page.getByText('没有等待您处理的事项').waitFor();
      await resident.checkPage();
      await resident.finish();
    },
    BROWSER_TEST_TIMEOUT,
  );
});
