import { Actor } from '@app/shared';
import { PRIVACY_NOTICE } from '@app/sharing';
import { clock } from '@test/support/test-clock';
import { startTestSystem, TestSystem } from '@test/support/test-app';
import { BookingReminderSweeper } from '../src/sharing/booking-reminder.sweeper';

const HOUR = 3600_000;
/** The start of the whole hour at least `hours` from now. */
const hourFromNow = (hours: number) => new Date(Math.ceil((clock.now().getTime() + hours * HOUR) / HOUR) * HOUR).toISOString();

describe('预约提醒: bookers of a confirmed booking are reminded once, the day before', () => {
  let sys: TestSystem;
  let sweeper: BookingReminderSweeper;
  let manager: string;

  beforeAll(async () => {
    sys = await startTestSystem();
    sweeper = sys.app.get(BookingReminderSweeper);
    manager = await sys.tokenFor('mgr-sch1');
  });
  afterAll(async () => {
    clock.reset();
    await sys.close();
  });

  const post = (path: string, token: string, body: object = {}) => sys.http().post(path).set('authorization', `Bearer ${token}`).send(body);
  const typesFor = async (bookingId: string) =>
    (
      await sys.query<{ t: string }>(
        `SELECT event_type AS t FROM event_store.events WHERE data->>'bookingId' = $1 AND event_type LIKE 'booking.%' AND event_type <> 'booking.located.v1' ORDER BY global_position`,
        [bookingId],
      )
    ).map((r) => r.t);

  it('reminds bookings starting within a day that were made well ahead, once; not cancelled ones nor last-minute ones', async () => {
    expect(sweeper.hours).toBe(24);
    const space = await post('/api/spaces', manager, {
      name: '实验小学篮球场',
      kind: 'sports_ground',
      location: '和平路12号',
      audiences: ['residents', 'departments'],
      approval: 'automatic',
      schedule: {
        windows: [{ days: 'every_day', start: '00:00', end: '00:00' }],
        slotMinutes: 60,
        capacity: 5,
        horizonDays: 14,
        minNoticeMinutes: 30,
      },
    }).expect(201);
    const spaceId = space.body.id as string;
    const actor: Actor = { userId: 'resident-rem', role: 'resident', departmentId: null, displayName: '居民' };
    const resident = await sys.tokenAs(actor);
    await post('/api/residents/me', resident, { name: '王小明', phone: '13812345678' }).expect(200);
    await post('/api/residents/me/consent', resident, { noticeVersion: PRIVACY_NOTICE.version }).expect(200);

    const ahead = (await post(`/api/spaces/${spaceId}/bookings`, resident, { slotStart: hourFromNow(30) }).expect(201)).body.id as string;
    const dropped = (await post(`/api/spaces/${spaceId}/bookings`, resident, { slotStart: hourFromNow(31) }).expect(201)).body.id as string;
    const lastMinute = (await post(`/api/spaces/${spaceId}/bookings`, resident, { slotStart: hourFromNow(3) }).expect(201)).body
      .id as string;
    await post(`/api/bookings/${dropped}/cancellation`, resident, { reason: '行程有变' }).expect(200);
    await sys.projected();

    // Now: the first slot is more than a day away, the last-minute one was booked three hours ahead.
    expect(await sweeper.sweep()).toBe(0);
    // Eight hours on, the first slot starts within a day.
    const later = new Date(clock.now().getTime() + 8 * HOUR);
    expect(await sweeper.sweep(later)).toBe(1);
    await sys.projected();
    expect(await sweeper.sweep(later)).toBe(0);
    expect(await typesFor(ahead)).toEqual(['booking.placed.v3', 'booking.reminded.v1']);
    expect(await typesFor(dropped)).toEqual(['booking.placed.v3', 'booking.cancelled.v1']);
    expect(await typesFor(lastMinute)).toEqual(['booking.placed.v3']);
    const [row] = await sys.query<{ remindedAt: Date | null }>(
      `SELECT reminded_at AS "remindedAt" FROM sharing_bookings WHERE booking_id = $1`,
      [ahead],
    );
    expect(row.remindedAt).toBeInstanceOf(Date);
  });
});
