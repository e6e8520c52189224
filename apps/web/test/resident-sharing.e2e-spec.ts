/// <reference lib="dom" />
import { Browser, Page } from 'playwright-core';
import { clock } from '@test/support/test-clock';
import { launchBrowser, PHONE, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
}

describe('off-peak sharing: a manager publishes, residents book the last place, wait, move up, check in', () => {
  let sys: WebSystem;
  let browser: Browser;
  beforeAll(async () => {
    sys = await startWebSystem();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    clock.reset();
    await browser?.close();
    await sys?.close();
  });

  it('marks rest days on the calendar and asks for a profile before booking', async () => {
    const token = await sys.tokenFor('mgr-sch2');
    await sys
      .http()
      .post('/api/spaces')
      .set('authorization', `Bearer ${token}`)
      .send({
        name: '第二中学操场',
        kind: 'sports_ground',
        location: '解放路8号',
        audiences: ['residents'],
        approval: 'automatic',
        schedule: {
          windows: [{ days: 'rest_days', start: '07:00', end: '19:00' }],
          slotMinutes: 120,
          capacity: 30,
          horizonDays: 14,
          minNoticeMinutes: 30,
        },
      })
      .expect(201);
    await sys.projected();
    const journey = await WebJourney.start(browser, sys.baseUrl, 'sharing-resident-calendar', PHONE);
    await journey.signIn('resident-1');
    const { page } = journey;
    await page
      .getByRole('button', { name: /查看可约时段/ })
      .first()
      .click();
    const saturday = page.locator('button[data-date]').filter({ hasText: '休' }).first();
    await saturday.waitFor();
    expect(await saturday.getAttribute('aria-label')).toContain('休');
    await noHorizontalScroll(page);
    await journey.checkPage();
    await journey.finish();
  }, 120_000);
});
