import { ARRANGEMENT_2027 } from '@app/calendar/testing/calendar-fixtures';
import { startTestSystem, TestSystem } from '@test/support/test-app';

const csvOf = (days: readonly { date: string; kind: string; name?: string | null }[]) =>
  ['date,kind,name', ...days.map((d) => `${d.date},${d.kind},${d.name ?? ''}`)].join('\n');

describe('the calendar kept by people over HTTP: recording, import, history, and bookings a change affects', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['admin', 'mgr-sch1', 'mgr-sch2', 'staff-hosp1']) token[user] = await sys.tokenFor(user);
  });
  afterAll(() => sys.close());

  const get = (path: string, who: string) => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);
  const post = (path: string, who: string, body: object, key?: string) => {
    const req = sys.http().post(path).set('authorization', `Bearer ${token[who]}`);
    return (key ? req.set('idempotency-key', key) : req).send(body);
  };

  it('refuses bad days row by row with a stable code, writing nothing; wrong years and roles too', async () => {
    const refused = await post('/api/calendar/years/2027', 'admin', {
      days: [
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2026-12-31', kind: 'holiday' },
        { date: '2027-01-01', kind: 'holiday' },
        { date: '2027-01-04', kind: 'workday' },
      ],
    }).expect(400);
    expect(refused.body.code).toBe('CALENDAR_DAYS_INVALID');
    expect(refused.body.details.problems.map((p: { row: number; problem: string }) => [p.row, p.problem])).toEqual([
      [2, 'DATE_OUTSIDE_YEAR'],
      [3, 'DATE_DUPLICATE'],
      [4, 'WORKDAY_NOT_WEEKEND'],
    ]);
    const unknownKind = await post('/api/calendar/years/2027', 'admin', { days: [{ date: '2027-01-01', kind: 'vacation' }] }).expect(400);
    expect(unknownKind.body.code).toBe('VALIDATION_FAILED');
    const longName = await post('/api/calendar/years/2027', 'admin', {
      days: [{ date: '2027-01-01', kind: 'holiday', name: '元'.repeat(51) }],
    });
    expect(longName.status).toBe(400);
    const badLine = await post('/api/calendar/years/2027/import', 'admin', {
      csv: 'date,kind\n2027-01-01,holiday\n2027-13-01,holiday\n2027-02-06',
    });
    expect(badLine.status).toBe(400);
    expect(badLine.body.details.problems.map((p: { row: number; problem: string }) => [p.row, p.problem])).toEqual([
      [3, 'DATE_INVALID'],
      [4, 'COLUMNS'],
    ]);
    expect((await post('/api/calendar/years/2101', 'admin', { days: ARRANGEMENT_2027 }).expect(400)).body.code).toBe(
      'CALENDAR_YEAR_INVALID',
    );
    await post('/api/calendar/years/twenty', 'admin', { days: ARRANGEMENT_2027 }).expect(400);
    expect((await post('/api/calendar/years/2027', 'mgr-sch1', { days: ARRANGEMENT_2027 }).expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
    const year = await get('/api/calendar/years/2027', 'admin').expect(200);
    expect(year.body).toMatchObject({ year: 2027, status: 'provisional', history: [] });
    expect(year.body.days).toContainEqual({ date: '2027-02-06', kind: 'holiday', name: '春节' });
  });

  it('a CSV import records the year; the same file again writes nothing; a retried request answers the same', async () => {
    const space = await post('/api/spaces', 'mgr-sch1', {
      name: '实验小学停车场',
      kind: 'parking',
      location: '和平路12号',
      audiences: ['departments'],
      approval: 'automatic',
      schedule: {
        windows: [{ days: 'workdays', start: '18:00', end: '20:00' }],
        slotMinutes: 120,
        capacity: 5,
        horizonDays: 90,
        minNoticeMinutes: 0,
      },
    }).expect(201);
    const spaceId = space.body.id as string;
    await sys.projected();
    // 2027-02-09 (初四) is a working day before the notice is recorded: its evening slot can be booked.
    const booked = await post(`/api/spaces/${spaceId}/bookings`, 'staff-hosp1', { slotStart: '2027-02-09T10:00:00.000Z' }).expect(201);
    await post(`/api/spaces/${spaceId}/bookings`, 'staff-hosp1', { slotStart: '2027-02-12T10:00:00.000Z' }).expect(201);

    const csv = csvOf(ARRANGEMENT_2027);
    const first = await post('/api/calendar/years/2027/import', 'admin', { csv, source: '2027年放假安排.csv' }, 'cal-2027-a').expect(201);
    expect(first.body).toEqual({ year: 2027, version: 1, unchanged: false, changedDays: 7, replayed: false });
    const retried = await post('/api/calendar/years/2027/import', 'admin', { csv, source: '2027年放假安排.csv' }, 'cal-2027-a').expect(201);
    expect(retried.body).toMatchObject({ version: 1, replayed: true });
    const again = await post('/api/calendar/years/2027/import', 'admin', { csv }).expect(201);
    expect(again.body).toMatchObject({ version: 1, unchanged: true, changedDays: 0 });

    // The slot on the new holiday is no longer offered, and a new booking of it is refused.
    await post(`/api/spaces/${spaceId}/bookings`, 'staff-hosp1', { slotStart: '2027-02-10T10:00:00.000Z' }).expect(400);
    await sys.projected();
    const affected = await get('/api/calendar/affected-bookings', 'mgr-sch1').expect(200);
    expect(affected.body).toEqual([
      expect.objectContaining({
        bookingId: booked.body.id,
        spaceId,
        spaceName: '实验小学停车场',
        date: '2027-02-09',
        restDay: true,
        holiday: '春节',
        version: 1,
        status: 'confirmed',
      }),
    ]);
    expect((await get('/api/calendar/affected-bookings', 'mgr-sch2').expect(200)).body).toEqual([]);
  });

  it('recording again replaces the year and keeps the history: who, when, how, what changed', async () => {
    const fewer = ARRANGEMENT_2027.filter((d) => d.date !== '2027-02-11');
    const second = await post('/api/calendar/years/2027', 'admin', { days: fewer, source: '国办发明电〔2026〕X号（更正）' }).expect(201);
    expect(second.body).toMatchObject({ version: 2, unchanged: false, changedDays: 1 });
    const year = await get('/api/calendar/years/2027', 'mgr-sch1').expect(200);
    expect(year.body.status).toBe('recorded');
    expect(year.body.days).toHaveLength(fewer.length);
    expect(year.body.history).toEqual([
      expect.objectContaining({
        version: 2,
        recordedBy: 'admin',
        via: 'form',
        source: '国办发明电〔2026〕X号（更正）',
        changes: [{ date: '2027-02-11', restDay: false }],
      }),
      expect.objectContaining({ version: 1, recordedBy: 'admin', via: 'csv', source: '2027年放假安排.csv', holidays: 19, workdays: 1 }),
    ]);
    expect(Date.parse(year.body.history[0].recordedAt)).toBeGreaterThan(0);
    const marks = await get('/api/sharing/calendar?from=2027-02-10&to=2027-02-11', 'mgr-sch1').expect(200);
    expect(marks.body).toEqual([
      { date: '2027-02-10', restDay: true, kind: 'holiday', holiday: '春节', provisional: false },
      { date: '2027-02-11', restDay: false, kind: 'workday', holiday: null, provisional: false },
    ]);
    // A packaged year reads as the package has it.
    expect((await get('/api/calendar/years/2026', 'admin').expect(200)).body).toMatchObject({ status: 'packaged', history: [] });
  });
});
