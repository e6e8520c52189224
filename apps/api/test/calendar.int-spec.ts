import { ARRANGEMENT_2027 } from '@app/calendar/testing/calendar-fixtures';
import { startTestSystem, TestSystem } from '@test/support/test-app';

interface Slot {
  start: string;
  provisional: boolean;
}
/** China date of a slot start. */
const dayOf = (start: string) => new Date(Date.parse(start) + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * The calendar kept by people, through the API on a real database: recording 2027 by hand changes the
 * slots sharing offers, and a year with no data at all is refused instead of offered as working days.
 */
describe('the 2027 calendar recorded by hand drives sharing availability', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};
  let spaceId: string;

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'admin']) token[user] = await sys.tokenFor(user);
    const space = await sys
      .http()
      .post('/api/spaces')
      .set('authorization', `Bearer ${token['mgr-sch1']}`)
      .send({
        name: '实验小学操场',
        kind: 'sports_ground',
        location: '和平路12号',
        audiences: ['residents', 'departments'],
        approval: 'automatic',
        schedule: {
          windows: [
            { days: 'workdays', start: '18:00', end: '20:00' },
            { days: 'rest_days', start: '08:00', end: '10:00' },
          ],
          slotMinutes: 120,
          capacity: 30,
          horizonDays: 90,
          minNoticeMinutes: 0,
        },
      })
      .expect(201);
    spaceId = space.body.id as string;
    await sys.projected();
  });
  afterAll(() => sys.close());

  const availability = async (from: string, to: string) =>
    (
      await sys
        .http()
        .get(`/api/spaces/${spaceId}/availability?from=${from}&to=${to}`)
        .set('authorization', `Bearer ${token['mgr-sch1']}`)
        .expect(200)
    ).body as Slot[];
  /** Which window each day opens: W (workday 18:00) or R (rest day 08:00). */
  const windows = (slots: Slot[]) =>
    Object.fromEntries(slots.map((s) => [dayOf(s.start), new Date(s.start).getUTCHours() === 10 ? 'W' : 'R']));

  it('2027 follows the recording from the moment it is made: bridges become rest days, a 调休 Saturday a working day', async () => {
    const before = await availability('2027-01-01', '2027-01-01');
    expect(windows(before)).toEqual({ '2027-01-01': 'R' }); // 元旦 already a (provisional) rest day
    const feb = await availability('2027-02-08', '2027-02-20');
    expect(feb.every((s) => s.provisional)).toBe(true);
    expect(windows(feb)).toMatchObject({ '2027-02-09': 'W', '2027-02-10': 'W', '2027-02-11': 'W', '2027-02-20': 'R' });

    await sys
      .http()
      .post('/api/calendar/years/2027')
      .set('authorization', `Bearer ${token.admin}`)
      .send({ days: ARRANGEMENT_2027, source: '测试用安排' })
      .expect(201);

    const newYear = await availability('2026-12-31', '2027-01-04');
    expect(windows(newYear)).toEqual({ '2026-12-31': 'W', '2027-01-01': 'R', '2027-01-02': 'R', '2027-01-03': 'R', '2027-01-04': 'W' });
    expect(newYear.some((s) => dayOf(s.start) === '2027-01-01' && new Date(s.start).getUTCHours() === 10)).toBe(false);
    const after = await availability('2027-02-08', '2027-02-20');
    expect(after.every((s) => !s.provisional)).toBe(true);
    expect(windows(after)).toMatchObject({ '2027-02-09': 'R', '2027-02-10': 'R', '2027-02-11': 'R', '2027-02-12': 'W', '2027-02-20': 'W' });
  });

  it('refuses a year with neither a recording nor packaged data (422 CALENDAR_YEAR_UNKNOWN), for slots and calendar marks alike', async () => {
    for (const path of [
      `/api/spaces/${spaceId}/availability?from=2036-01-01&to=2036-01-07`,
      '/api/sharing/calendar?from=2035-12-30&to=2036-01-02',
    ]) {
      const refused = await sys.http().get(path).set('authorization', `Bearer ${token['mgr-sch1']}`).expect(422);
      expect(refused.body).toMatchObject({ code: 'CALENDAR_YEAR_UNKNOWN', details: { year: 2036 } });
      expect(refused.body.message).toContain('请系统管理员先录入该年放假安排');
      expect(refused.body.detail).toContain('2036');
    }
    const year = await sys.http().get('/api/calendar/years/2036').set('authorization', `Bearer ${token.admin}`).expect(200);
    expect(year.body).toMatchObject({ year: 2036, status: 'unknown', days: [] });
  });
});
