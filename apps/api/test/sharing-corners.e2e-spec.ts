import { clock } from '@test/support/test-clock';
import { chinaCalendar } from '@app/sharing';
import { startTestSystem, TestSystem } from '@test/support/test-app';

const HOUR = 3600_000;
/** The start of the whole hour at least `hours` from now (China and UTC hours coincide). */
const hourFromNow = (hours: number) => new Date(Math.ceil((clock.now().getTime() + hours * HOUR) / HOUR) * HOUR).toISOString();
const chinaDate = (iso: string) => new Date(Date.parse(iso) + 8 * HOUR).toISOString().slice(0, 10);

describe('off-peak sharing corners: schedule changes, provisional years', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'mgr-hosp1', 'staff-hosp1', 'resident-1']) token[user] = await sys.tokenFor(user);
  });
  afterAll(() => sys.close());

  const post = (path: string, who: string, body: object = {}) =>
    sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  const get = (path: string, who: string) => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);
  const schedule = (windows: object[], slotMinutes = 60) => ({ windows, slotMinutes, capacity: 5, horizonDays: 14, minNoticeMinutes: 30 });
  async function publish(name: string, windows: object[]): Promise<string> {
    const res = await post('/api/spaces', 'mgr-sch1', {
      name,
      kind: 'sports_ground',
      location: '和平路12号',
      audiences: ['residents', 'departments'],
      approval: 'automatic',
      schedule: schedule(windows),
    }).expect(201);
    return res.body.id as string;
  }

  it('cancels, with notice, a booking made under the schedule before a change when a blackout covers it', async () => {
    const spaceId = await publish('实验小学体育馆', [{ days: 'every_day', start: '00:00', end: '00:00' }]);
    const slotStart = hourFromNow(5);
    const booking = await post(`/api/spaces/${spaceId}/bookings`, 'staff-hosp1', { slotStart }).expect(201);
    expect(booking.body.status).toBe('confirmed');
    // The new schedule's slots start ten minutes past the hour: the booked slot is no longer one of them.
    await post(`/api/spaces/${spaceId}/schedule`, 'mgr-sch1', schedule([{ days: 'every_day', start: '00:10', end: '00:10' }])).expect(201);
    const from = new Date(Date.parse(slotStart) - HOUR / 2).toISOString();
    const to = new Date(Date.parse(slotStart) + (3 * HOUR) / 2).toISOString();
    const declare = () =>
      post(`/api/spaces/${spaceId}/blackouts`, 'mgr-sch1', { from, to, reason: '校运会' }).set('Idempotency-Key', `sports-day-${spaceId}`);
    const blackout = await declare().expect(201);
    expect(blackout.body.cancelledBookings).toBe(1);
    await sys.projected();
    const mine = (await get('/api/bookings/mine', 'staff-hosp1').expect(200)).body as { bookingId: string }[];
    expect(mine.find((m) => m.bookingId === booking.body.id)).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'blackout',
      notice: '因校运会，该时段暂停开放，您的预约已取消',
    });
    // A retried request reports the same and writes nothing twice.
    const again = await declare().expect(201);
    expect(again.body).toMatchObject({ replayed: true, cancelledBookings: 1 });
    const slotEvents = await sys.query<{ t: string }>(`SELECT event_type AS t FROM event_store.events WHERE stream_id = $1`, [
      `slot-${spaceId}-${slotStart}`,
    ]);
    expect(slotEvents.filter((e) => e.t === 'booking.cancelled.v1')).toHaveLength(1);
  });

  it('moves waiting bookings up, in order of arrival, when the capacity is raised', async () => {
    const spaceId = await publish('实验小学乒乓球室', [{ days: 'every_day', start: '00:00', end: '00:00' }]);
    const slotStart = hourFromNow(6);
    const small = { ...schedule([{ days: 'every_day', start: '00:00', end: '00:00' }]), capacity: 1 };
    await post(`/api/spaces/${spaceId}/schedule`, 'mgr-sch1', small).expect(201);
    const first = await post(`/api/spaces/${spaceId}/bookings`, 'staff-hosp1', { slotStart }).expect(201);
    const waiter = await post(`/api/spaces/${spaceId}/bookings`, 'mgr-hosp1', { slotStart }).expect(201);
    expect([first.body.status, waiter.body.status]).toEqual(['confirmed', 'waitlisted']);
    const raised = await post(`/api/spaces/${spaceId}/schedule`, 'mgr-sch1', { ...small, capacity: 2 }).expect(201);
    expect(raised.body.promotedBookings).toBe(1);
    await sys.projected();
    const occupancy = (
      await get(`/api/spaces/${spaceId}/occupancy?from=${chinaDate(slotStart)}&to=${chinaDate(slotStart)}`, 'mgr-sch1').expect(200)
    ).body as { bookingId: string; status: string }[];
    expect(occupancy.find((r) => r.bookingId === waiter.body.id)?.status).toBe('confirmed');
  });

  it('offers a year without a published notice on its statutory days as rest days, marked provisional', async () => {
    const published = chinaCalendar.status(`${new Date().getUTCFullYear()}-06-01`) === 'published';
    const year = published ? new Date().getUTCFullYear() + 1 : new Date().getUTCFullYear();
    expect(chinaCalendar.status(`${year}-01-01`)).toBe('provisional');
    const spaceId = await publish('实验小学停车场', [
      { days: 'workdays', start: '18:30', end: '07:30' },
      { days: 'rest_days', start: '08:00', end: '21:30' },
    ]);
    await sys.projected();
    type Slot = { start: string; provisional: boolean };
    const newYear = (await get(`/api/spaces/${spaceId}/availability?from=${year}-01-01&to=${year}-01-01`, 'resident-1').expect(200))
      .body as Slot[];
    // 元旦 is a statutory rest day: the rest-day window (08:00–21:30, 13 hourly slots), not the workday evening.
    expect(newYear.map((s) => s.start)[0]).toBe(new Date(Date.parse(`${year}-01-01T08:00:00+08:00`)).toISOString());
    expect(newYear).toHaveLength(13);
    expect(newYear.every((s) => s.provisional)).toBe(true);
    const eve = (await get(`/api/spaces/${spaceId}/availability?from=${year - 1}-12-31&to=${year - 1}-12-31`, 'resident-1').expect(200))
      .body as Slot[];
    expect(eve.length).toBeGreaterThan(0);
    expect(eve.every((s) => s.provisional === (chinaCalendar.status(`${year - 1}-12-31`) === 'provisional'))).toBe(true);
    const invalid = await get(`/api/spaces/${spaceId}/availability?from=${year}-02-30&to=${year}-03-01`, 'resident-1').expect(400);
    expect(invalid.body).toMatchObject({ code: 'VALIDATION_FAILED', message: 'from and to must be real dates' });
    const today = chinaDate(clock.now().toISOString());
    const now = (await get(`/api/spaces/${spaceId}/availability?from=${today}&to=${today}`, 'resident-1').expect(200)).body as Slot[];
    expect(now.every((s) => s.provisional === (chinaCalendar.status(today) === 'provisional'))).toBe(true);
  });
});
