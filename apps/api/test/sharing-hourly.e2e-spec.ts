import { chinaDate } from '@app/shared';
import { clock } from '@test/support/test-clock';
import { startTestSystem, TestSystem } from '@test/support/test-app';

const DAY = 86400_000;

describe('report: sharing utilisation by hour of the day (heat map)', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'staff-hosp1', 'fin-approver', 'staff-sch1']) token[user] = await sys.tokenFor(user);
  });
  afterAll(() => sys.close());

  const post = (path: string, who: string, body: object) => sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  const get = (path: string, who = 'fin-approver') => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);

  it('splits offered and booked place-hours by China hour, every hour present, and exports one row per space and hour', async () => {
    const space = await post('/api/spaces', 'mgr-sch1', {
      name: '实验小学篮球场',
      kind: 'sports_ground',
      location: '和平路12号',
      audiences: ['departments'],
      approval: 'automatic',
      schedule: {
        windows: [{ days: 'every_day', start: '18:00', end: '20:00' }],
        slotMinutes: 60,
        capacity: 3,
        horizonDays: 14,
        minNoticeMinutes: 30,
      },
    }).expect(201);
    const day = chinaDate(new Date(clock.now().getTime() + 2 * DAY));
    await post(`/api/spaces/${space.body.id}/bookings`, 'staff-hosp1', {
      slotStart: new Date(`${day}T19:00:00+08:00`).toISOString(),
    }).expect(201);
    await sys.projected();

    const from = encodeURIComponent(`${day}T00:00:00+08:00`);
    const to = encodeURIComponent(new Date(Date.parse(`${day}T00:00:00+08:00`) + DAY).toISOString());
    const report = (await get(`/api/reports/sharing-utilisation-by-hour?from=${from}&to=${to}`).expect(200)).body;
    expect(report).toMatchObject({ from: day, to: day });
    const court = report.spaces.find((s: { spaceId: string }) => s.spaceId === space.body.id);
    expect(court).toMatchObject({ name: '实验小学篮球场', kind: 'sports_ground', departmentId: 'D-SCH1' });
    expect(court.hours).toHaveLength(24);
    expect(court.hours[18]).toEqual({ hour: 18, offeredPlaceHours: 3, bookedPlaceHours: 0, bookedRate: 0 });
    expect(court.hours[19]).toEqual({ hour: 19, offeredPlaceHours: 3, bookedPlaceHours: 1, bookedRate: 0.333 });
    expect(court.hours[5]).toEqual({ hour: 5, offeredPlaceHours: 0, bookedPlaceHours: 0, bookedRate: null });

    const csv = (await get(`/api/reports/sharing-utilisation-by-hour?from=${from}&to=${to}&format=csv`).expect(200)).text;
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[1]).toBe('场地,单位,时段,开放时数,预约时数,预约率');
    expect(lines).toContain('实验小学篮球场,D-SCH1,19:00–20:00,3,1,33.3%');
    expect(lines.filter((l) => l.startsWith('实验小学篮球场,'))).toHaveLength(24);

    const backwards = await get(`/api/reports/sharing-utilisation-by-hour?from=${to}&to=${from}`).expect(400);
    expect(backwards.body.code).toBe('VALIDATION_FAILED');
    await get(`/api/reports/sharing-utilisation-by-hour?from=${from}&to=${to}`, 'staff-sch1').expect(403);
  });
});
