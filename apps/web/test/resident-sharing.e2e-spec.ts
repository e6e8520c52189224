/// <reference lib="dom" />
import { Browser, Page } from 'playwright-core';
import { clock } from '@test/support/test-clock';
import { launchBrowser, PHONE, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

const MINUTE = 60_000;
/** China wall-clock date and time of an instant. */
const china = (ms: number) => {
  const iso = new Date(ms + 8 * 3600_000).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
};

/** A tab of the bottom tab bar, by the page it opens. */
const tab = (page: Page, path: string) => page.locator(`nav[aria-label="tabs"] a[href="${path}"]`);

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
}

async function recordProfile(journey: WebJourney, name: string, plate: string) {
  const { page } = journey;
  await tab(page, '/resident/profile').click();
  await page.getByLabel('姓名').fill(name);
  await page.getByLabel('手机号').fill('13812345678');
  await page.getByLabel('车牌').fill(plate);
  await journey.checkPage();
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByTestId('phone').waitFor();
  expect(await page.getByTestId('phone').innerText()).toBe('138****5678');
}

/**
 * From the spaces tab: filter to parking, open the space, pick the day, and book (or join the
 * waitlist for) the slot; a first booking shows the personal-information notice to agree to.
 */
async function bookSlot(journey: WebJourney, day: string, slot: string, button: '预约' | '排队候补', firstBooking = false) {
  const { page } = journey;
  await tab(page, '/resident/spaces').click();
  await page.getByText('停车场', { exact: true }).first().click();
  await page.getByRole('button', { name: /查看可约时段：实验小学停车场/ }).click();
  await page.locator(`button[data-date="${day}"]`).click();
  await journey.checkPage();
  await page.getByRole('button', { name: `${button} ${slot}` }).click();
  await page.getByRole('dialog').waitFor();
  await journey.checkPage();
  if (firstBooking) {
    await page.getByTestId('privacy-notice').waitFor();
    await page.getByLabel('我已阅读并同意以上告知').check();
    await page.getByRole('button', { name: '同意并预约' }).click();
  } else await page.getByRole('button', { name: button === '预约' ? '确认预约' : '确认候补' }).click();
  const refused = page.getByRole('dialog').getByRole('alert');
  await Promise.race([
    page.waitForURL('**/resident/bookings'),
    refused.waitFor().then(async () => Promise.reject(new Error(`booking refused: ${await refused.innerText()}`))),
  ]);
  await journey.checkPage();
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

  it('publish (capacity 1) → A books the last place → B waitlisted at 1 → A cancels → B promoted and checks in; a blackout cancels with notice; the manager sees occupancy', async () => {
    // The window opens 30–35 minutes from now: bookable throughout the journey however slow the machine; check-in moves the clock.
    const opens = Math.ceil((Date.now() + 30 * MINUTE) / (5 * MINUTE)) * 5 * MINUTE;
    const first = china(opens);
    const second = china(opens + 60 * MINUTE);
    const closes = china(opens + 120 * MINUTE);
    // As the pages write a slot: 次日 when it ends on a later China date, but a slot ending at midnight reads 23:00–00:00.
    const slotLabel = (from: typeof first, to: typeof first) =>
      `${from.time}–${to.date !== from.date && to.time !== '00:00' ? '次日' : ''}${to.time}`;
    const slot1 = slotLabel(first, second);
    const slot2 = slotLabel(second, closes);

    // 资产管理员 publishes the lot: workday evenings past midnight, and a window every day starting soon.
    const manager = await WebJourney.start(browser, sys.baseUrl, 'sharing-manager-occupancy');
    await manager.signIn('mgr-sch1');
    const m = manager.page;
    await manager.open('/spaces');
    await m.getByRole('button', { name: '发布共享空间' }).click();
    await m.getByLabel('名称').fill('实验小学停车场');
    await m.getByLabel('地点').fill('和平路12号 东门');
    expect(await m.getByTestId('window-preview-0').innerText()).toBe('工作日 18:30–次日07:30');
    await m.getByLabel('适用日期 2').click();
    await m.getByTitle('每天').click();
    await m.getByLabel('开始 2').fill(first.time);
    await m.getByLabel('结束 2').fill(closes.time);
    await m.getByLabel('每个时段长度（分钟）').fill('60');
    await m.getByLabel('每个时段名额').fill('1');
    await m.getByLabel('最晚提前多少分钟预约').fill('0');
    await manager.checkPage();
    await m.getByRole('button', { name: '发布', exact: true }).click();
    await m.waitForURL(/\/spaces\/[0-9a-f-]{36}$/);
    await m.getByTestId('space-windows').waitFor();
    expect(await m.getByTestId('space-windows').innerText()).toContain('工作日 18:30–次日07:30');
    await manager.checkPage();
    await sys.projected();

    // Resident A books the only place; resident B finds it full and joins the waitlist.
    const a = await WebJourney.start(browser, sys.baseUrl, 'sharing-resident-a-blackout-notice', PHONE);
    await a.signIn('resident-1');
    await a.page.waitForURL('**/resident/spaces');
    await noHorizontalScroll(a.page);
    const firstTab = await a.page.getByRole('navigation', { name: 'tabs' }).getByRole('link').first().boundingBox();
    expect(firstTab?.height).toBeGreaterThanOrEqual(44);
    await recordProfile(a, '王小明', '沪A12345');
    await bookSlot(a, first.date, slot1, '预约', true);
    await a.page.getByTestId('booking').filter({ hasText: slot1 }).getByText('已预约').waitFor();
    await noHorizontalScroll(a.page);
    await sys.projected();

    const b = await WebJourney.start(browser, sys.baseUrl, 'sharing-resident-b-promoted-checked-in', PHONE);
    await b.signIn('resident-2');
    await recordProfile(b, '李阿姨', '沪B54321');
    await bookSlot(b, first.date, slot1, '排队候补', true);
    await b.page.getByTestId('booking').filter({ hasText: slot1 }).getByText('候补第 1 位').waitFor();

    // A also takes the second hour, then gives the first one up: B moves up at once.
    await bookSlot(a, second.date, slot2, '预约');
    await a.page.getByTestId('booking').filter({ hasText: slot1 }).getByRole('button', { name: '取消预约' }).click();
    await a.page.getByLabel('取消原因').fill('临时有事');
    await a.checkPage();
    await a.page.getByRole('button', { name: '确认取消' }).click();
    await a.page.getByTestId('booking').filter({ hasText: slot1 }).getByText('已取消').waitFor();
    await sys.projected();

    await b.page.reload();
    const promoted = b.page.getByTestId('booking').filter({ hasText: slot1 });
    await promoted.getByText('已预约').waitFor();
    await b.checkPage();
    // Check-in opens 15 minutes before the slot: the server's clock moves to 10 minutes before it.
    clock.travel(opens - 10 * MINUTE - clock.now().getTime());
    await promoted.getByRole('button', { name: '签到' }).click();
    await promoted.getByText('已签到').waitFor();
    await noHorizontalScroll(b.page);
    // 大字模式 (适老化): body text of 18 px or more, the bookings still in one column.
    await tab(b.page, '/resident/profile').click();
    await b.page.getByRole('switch', { name: '大字模式' }).click();
    await tab(b.page, '/resident/bookings').click();
    await b.page.getByTestId('booking').first().waitFor();
    const size = await b.page
      .getByTestId('booking')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(18);
    await noHorizontalScroll(b.page);
    await b.checkPage();
    await sys.projected();

    // The manager sees the day's occupancy, then suspends the second hour for an exam: A's booking there is cancelled with notice.
    await m.reload();
    // The page opens on today (China); the slots' day can be tomorrow when the journey runs near midnight.
    await m.locator('#occupancy-date').fill(first.date);
    // The day's bookings: the table with a column for the person who booked.
    const occupancy = m.getByRole('table').filter({ has: m.getByRole('columnheader', { name: '预约人' }) });
    await occupancy.getByText('已签到').waitFor();
    // The managing unit sees its own bookings' residents in full (each such read is recorded for the auditor).
    expect(await occupancy.innerText()).toContain('13812345678');
    expect(await occupancy.innerText()).toContain('沪B54321');
    await m.getByLabel('暂停开始日期').fill(second.date);
    await m.getByLabel('暂停开始时间').fill(second.time);
    await m.getByLabel('恢复日期').fill(closes.date);
    await m.getByLabel('恢复时间').fill(closes.time);
    await m.getByLabel('原因（将通知每位被取消的预约人）').fill('期末考试');
    await m.getByRole('button', { name: '暂停开放并通知预约人' }).click();
    await m.getByText('已暂停，取消了 1 个预约并通知预约人').waitFor();
    await sys.projected();
    await m.reload();
    await m.getByText('期末考试').first().waitFor();
    await manager.checkPage();

    await a.page.reload();
    await a.page.getByText('通知：因期末考试，该时段暂停开放，您的预约已取消').waitFor();
    await a.checkPage();

    const shots = [await manager.finish(), await a.finish(), await b.finish()];
    expect(shots.every((file) => file.endsWith('.png'))).toBe(true);
  }, 420_000);

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
