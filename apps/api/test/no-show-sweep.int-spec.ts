import { startTestSystem, TestSystem } from '@test/support/test-app';
import { clock } from '@test/support/test-clock';
import { NoShowSweeper } from '../src/sharing/no-show.sweeper';

const HOUR = 3600_000;
const nextHour = (hours: number) => new Date(Math.ceil((clock.now().getTime() + hours * HOUR) / HOUR) * HOUR).toISOString();

/** 自动爽约: after the grace, a confirmed booking nobody checked in to is a no-show with its strike, once, however many sweep. */
describe('automatic no-show after the grace period', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    clock.reset();
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'staff-hosp1', 'staff-edu']) token[user] = await sys.tokenFor(user);
  });
  afterAll(async () => {
    clock.reset();
    await sys.close();
  });

  const post = (path: string, who: string, body: object = {}) =>
    sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  const events = (type: string, bookingId: string) =>
    sys.query<{ stream_id: string }>(`SELECT stream_id FROM event_store.events WHERE event_type = $1 AND data->>'bookingId' = $2`, [
      type,
      bookingId,
    ]);

  it('marks the booking and records the strike by the injected clock; two sweeps at once do it once; a checked-in booking stays', async () => {
    const space = await post('/api/spaces', 'mgr-sch1', {
      name: '实验小学会议室',
      kind: 'meeting_room',
      location: '和平路12号',
      audiences: ['departments'],
      approval: 'automatic',
      schedule: {
        windows: [{ days: 'every_day', start: '00:00', end: '00:00' }],
        slotMinutes: 60,
        capacity: 5,
        horizonDays: 14,
        minNoticeMinutes: 0,
      },
    }).expect(201);
    const slotStart = nextHour(2);
    const missed = await post(`/api/spaces/${space.body.id}/bookings`, 'staff-hosp1', { slotStart }).expect(201);
    const came = await post(`/api/spaces/${space.body.id}/bookings`, 'staff-edu', { slotStart }).expect(201);
    await sys.projected();
    const sweeper = sys.app.get(NoShowSweeper);

    clock.travel(Date.parse(slotStart) - clock.now().getTime() + 5 * 60_000);
    await post(`/api/bookings/${came.body.id}/check-in`, 'staff-edu').expect(200);
    clock.travel(24 * 60_000); // 29 minutes after the start: still within the grace
    expect(await sweeper.sweep()).toBe(0);

    clock.travel(2 * 60_000);
    await sys.projected();
    const [a, b] = await Promise.all([sweeper.sweep(), sweeper.sweep()]);
    expect(a + b).toBe(1);
    expect(await events('booking.no-show.v1', missed.body.id)).toHaveLength(1);
    expect(await events('booker.strike-recorded.v1', missed.body.id)).toEqual([{ stream_id: 'booker-staff-hosp1' }]);
    expect(await events('booking.no-show.v1', came.body.id)).toHaveLength(0);

    await sys.projected();
    expect(await sweeper.sweep()).toBe(0);
    const [row] = await sys.query<{ status: string }>(`SELECT status FROM sharing_bookings WHERE booking_id = $1`, [missed.body.id]);
    expect(row.status).toBe('no_show');
  });
});
