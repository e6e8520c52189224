import { Browser } from 'playwright-core';
import { clock } from '@test/support/test-clock';
import { launchBrowser, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

const MINUTE = 60_000;
/** China wall-clock date and time of an instant. */
const china = (ms: number) => {
  const iso = new Date(ms + 8 * 3600_000).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
};

describe('a manager runs a shared space: approves a booking, changes the windows, records a no-show', () => {
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

  it('approve → 已预约; capacity 1 → 3 through the windows editor; after the slot began, 记为爽约 → 爽约', async () => {
    // One hour-long slot opening 30–35 minutes from now, every day; the unit approves each booking.
    const opens = Math.ceil((Date.now() + 30 * MINUTE) / (5 * MINUTE)) * 5 * MINUTE;
    const start = china(opens);
    const end = china(opens + 60 * MINUTE);
    const manager = await sys.tokenFor('mgr-sch2');
    const published = await sys
      .http()
      .post('/api/spaces')
      .set('authorization', `Bearer ${manager}`)
      .send({
        name: '第二中学篮球场',
        kind: 'sports_ground',
        location: '解放路8号',
        audiences: ['residents'],
        approval: 'manager',
        schedule: {
          windows: [{ days: 'every_day', start: start.time, end: end.time }],
          slotMinutes: 60,
          capacity: 1,
          horizonDays: 7,
          minNoticeMinutes: 0,
        },
      })
      .expect(201);
    const spaceId = published.body.id as string;
    const resident = await sys.tokenFor('resident-1');
    await sys
      .http()
      .post('/api/residents/me')
      .set('authorization', `Bearer ${resident}`)
      .send({ name: '王小明', phone: '13812345678' })
      .expect(200);
    const booked = await sys
      .http()
      .post(`/api/spaces/${spaceId}/bookings`)
      .set('authorization', `Bearer ${resident}`)
      .send({ slotStart: new Date(opens).toISOString() })
      .expect(201);
    expect(booked.body.status).toBe('pending_approval');
    await sys.projected();

    const journey = await WebJourney.start(browser, sys.baseUrl, 'sharing-manager-approve-schedule-no-show');
    const { page } = journey;
    await journey.signIn('mgr-sch2');
    await journey.open(`/spaces/${spaceId}`);
    await page.getByLabel('日期', { exact: true }).fill(start.date);
    const bookings = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '预约人' }) });
    await bookings.getByText('待审核').waitFor();
    await journey.checkPage();
    await page.getByRole('button', { name: '批准 王小明 的预约' }).click();
    await bookings.getByText('已预约').waitFor();
    expect(await bookings.getByText('待审核').count()).toBe(0);

    // The windows editor opens with today's schedule; raising the places shows at once in the details.
    await page.getByRole('button', { name: '修改开放时段' }).click();
    expect(await page.getByLabel('开始 1').inputValue()).toBe(start.time);
    await page.getByLabel('每个时段名额').fill('3');
    await journey.checkPage();
    await page.getByRole('button', { name: '保存开放时段' }).click();
    await page.getByText('开放时段已修改；已有预约不受影响').waitFor();
    await page
      .getByTestId('occupancy-totals')
      .getByText(/名额 3，已约 1/)
      .waitFor();

    // 31 minutes after the start, for the server and for the page alike: the booking can be marked a no-show.
    clock.travel(opens + 31 * MINUTE - clock.now().getTime());
    await page.clock.setSystemTime(new Date(opens + 31 * MINUTE));
    await page.reload();
    await page.getByLabel('日期', { exact: true }).fill(start.date);
    await page.getByRole('button', { name: '将 王小明 记为爽约' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '记为爽约' }).click();
    await bookings.getByText('爽约').waitFor();
    await journey.checkPage();
    await journey.finish();
  }, 300_000);
});
