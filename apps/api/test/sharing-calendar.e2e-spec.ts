import { PRIVACY_NOTICE } from '@app/sharing';
import { startTestSystem, TestSystem } from '@test/support/test-app';

const HOUR = 3600_000;
const hourFromNow = (hours: number) => new Date(Math.ceil((Date.now() + hours * HOUR) / HOUR) * HOUR).toISOString();

describe('sharing reads for the pages: holiday calendar and waitlist positions', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'resident-1', 'resident-2', 'staff-hosp1']) token[user] = await sys.tokenFor(user);
  });
  afterAll(async () => sys.close());

  const get = (path: string, who: string) => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);
  const post = (path: string, who: string, body: object = {}) =>
    sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);

  it('marks holidays and 调休 make-up working days by the official calendar, and refuses bad ranges with 400', async () => {
    const days = (await get('/api/sharing/calendar?from=2026-09-30&to=2026-10-10', 'resident-1').expect(200)).body as {
      date: string;
      restDay: boolean;
      kind: string;
      holiday: string | null;
      provisional: boolean;
    }[];
    expect(days).toHaveLength(11);
    expect(days[0]).toEqual({ date: '2026-09-30', restDay: false, kind: 'workday', holiday: null, provisional: false });
    expect(days[1]).toEqual({ date: '2026-10-01', restDay: true, kind: 'holiday', holiday: '国庆节', provisional: false });
    expect(days[10]).toEqual({ date: '2026-10-10', restDay: false, kind: 'makeup_workday', holiday: '国庆节', provisional: false });
    const tooLong = await get('/api/sharing/calendar?from=2026-01-01&to=2026-12-31', 'resident-1').expect(400);
    expect(tooLong.body.code).toBe('VALIDATION_FAILED');
    await get('/api/sharing/calendar?from=yesterday&to=2026-10-10', 'resident-1').expect(400);
    await get('/api/sharing/calendar?from=2026-10-10&to=2026-10-01', 'resident-1').expect(400);
  });

  it("tells each waiting booker their place in the slot's waitlist, and moves it up when a place frees", async () => {
    const space = await post('/api/spaces', 'mgr-sch1', {
      name: '实验小学停车场',
      kind: 'parking',
      location: '和平路12号',
      audiences: ['residents', 'departments'],
      approval: 'automatic',
      schedule: {
        windows: [{ days: 'every_day', start: '00:00', end: '00:00' }],
        slotMinutes: 60,
        capacity: 1,
        horizonDays: 14,
        minNoticeMinutes: 0,
      },
    }).expect(201);
    const spaceId = space.body.id as string;
    for (const [who, plateNumber] of [
      ['resident-1', '沪A12345'],
      ['resident-2', '沪B54321'],
    ]) {
      await post('/api/residents/me', who, { name: '王小明', phone: '13812345678', plateNumber }).expect(200);
      await post('/api/residents/me/consent', who, { noticeVersion: PRIVACY_NOTICE.version }).expect(200);
    }
    const slotStart = hourFromNow(3);
    const first = await post(`/api/spaces/${spaceId}/bookings`, 'resident-1', { slotStart }).expect(201);
    expect(first.body.status).toBe('confirmed');
    const second = await post(`/api/spaces/${spaceId}/bookings`, 'staff-hosp1', { slotStart }).expect(201);
    const third = await post(`/api/spaces/${spaceId}/bookings`, 'resident-2', { slotStart }).expect(201);
    expect([second.body.status, third.body.status]).toEqual(['waitlisted', 'waitlisted']);
    await sys.projected();
    const waiting = async (who: string, id: string) =>
      ((await get('/api/bookings/mine', who).expect(200)).body as { bookingId: string; waitlistPosition: number | null }[]).find(
        (b) => b.bookingId === id,
      )?.waitlistPosition;
    expect(await waiting('resident-1', first.body.id)).toBeNull();
    expect(await waiting('staff-hosp1', second.body.id)).toBe(1);
    expect(await waiting('resident-2', third.body.id)).toBe(2);
    await post(`/api/bookings/${first.body.id}/cancellation`, 'resident-1', { reason: '行程有变' }).expect(200);
    await sys.projected();
    expect(await waiting('staff-hosp1', second.body.id)).toBeNull();
    expect(await waiting('resident-2', third.body.id)).toBe(1);
  });
});
