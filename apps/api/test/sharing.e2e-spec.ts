import { Actor } from '@app/shared';
import { clock } from '@test/support/test-clock';
import { chinaCalendar, PRIVACY_NOTICE } from '@app/sharing';
import { startTestSystem, TestSystem } from '@test/support/test-app';

const HOUR = 3600_000;
/** The start of the whole hour at least `hours` from now (China and UTC hours coincide). */
const hourFromNow = (hours: number) => new Date(Math.ceil((clock.now().getTime() + hours * HOUR) / HOUR) * HOUR).toISOString();
const chinaDate = (iso: string) => new Date(Date.parse(iso) + 8 * HOUR).toISOString().slice(0, 10);
const chinaNextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 24 * HOUR).toISOString().slice(0, 10);

describe('off-peak sharing (错峰共享)', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    process.env.SHARING_STRIKE_LIMIT = '2';
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'mgr-sch2', 'staff-hosp1', 'staff-sch1', 'auditor', 'fin-approver', 'resident-1'])
      token[user] = await sys.tokenFor(user);
  });
  afterAll(async () => {
    clock.reset();
    delete process.env.SHARING_STRIKE_LIMIT;
    await sys.close();
  });

  const resident = (n: number) => {
    const actor: Actor = { userId: `resident-x${n}`, role: 'resident', departmentId: null, displayName: `居民${n}` };
    return sys.tokenAs(actor);
  };
  const as = (who: string) => token[who] ?? who;
  const post = (path: string, who: string, body: object = {}) =>
    sys
      .http()
      .post(path)
      .set('authorization', `Bearer ${as(who)}`)
      .send(body);
  const get = (path: string, who: string) =>
    sys
      .http()
      .get(path)
      .set('authorization', `Bearer ${as(who)}`);

  async function publish(overrides: Record<string, unknown> = {}, schedule: Record<string, unknown> = {}): Promise<string> {
    const res = await post('/api/spaces', 'mgr-sch1', {
      name: '实验小学操场跑道',
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
        ...schedule,
      },
      ...overrides,
    }).expect(201);
    return res.body.id as string;
  }
  async function profile(who: string, plateNumber?: string) {
    await post('/api/residents/me', who, { name: '王小明', phone: '13812345678', ...(plateNumber ? { plateNumber } : {}) }).expect(200);
    await post('/api/residents/me/consent', who, { noticeVersion: PRIVACY_NOTICE.version }).expect(200);
  }

  it('publishes windows in China time, including ones that run past midnight, and shows availability', async () => {
    const spaceId = await publish(
      { name: '实验小学停车场', kind: 'parking' },
      {
        windows: [
          { days: 'workdays', start: '18:30', end: '07:30' },
          { days: 'rest_days', start: '08:00', end: '21:30' },
        ],
        slotMinutes: 30,
        capacity: 120,
      },
    );
    await sys.projected();
    const today = chinaDate(clock.now().toISOString());
    const slots = (await get(`/api/spaces/${spaceId}/availability?from=${today}&to=${today}`, 'resident-1').expect(200)).body as {
      start: string;
      end: string;
      capacity: number;
      free: number;
    }[];
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((s) => s.capacity === 120 && s.free === 120)).toBe(true);
    // A workday opens 18:30 and runs to 07:30 the next morning; a rest day opens 08:00–21:30.
    const last = slots[slots.length - 1];
    const workday = !chinaCalendar.isRestDay(today);
    expect(slots[0].start).toBe(new Date(Date.parse(`${today}T${workday ? '18:30' : '08:00'}:00+08:00`)).toISOString());
    expect(last.end).toBe(
      new Date(Date.parse(`${workday ? chinaNextDay(today) : today}T${workday ? '07:30' : '21:30'}:00+08:00`)).toISOString(),
    );
    expect(slots).toHaveLength(workday ? 26 : 27);
    await get(`/api/spaces/${spaceId}/availability?from=${today}&to=2099-01-01`, 'resident-1').expect(400);
    await get(`/api/spaces/${spaceId}/availability?from=tomorrow&to=${today}`, 'resident-1').expect(400);
  });

  it('never exceeds capacity when many book the last places at once; the rest wait in order', async () => {
    const spaceId = await publish();
    const slotStart = hourFromNow(3);
    const racers = await Promise.all(Array.from({ length: 20 }, (_, i) => resident(i)));
    for (const r of racers) await profile(r);
    const results = await Promise.all(racers.map((r) => post(`/api/spaces/${spaceId}/bookings`, r, { slotStart })));
    // Under this much contention a request may exhaust its re-decisions: a retryable 409, never an over-booking.
    expect(results.filter((r) => r.status !== 201).every((r) => r.status === 409 && r.body.code === 'VERSION_CONFLICT')).toBe(true);
    const accepted = results.filter((r) => r.status === 201).length;
    expect(accepted).toBeGreaterThanOrEqual(10);
    await sys.projected();
    // One order of arrival decides: the first five requests to arrive hold the places, whatever order
    // their writes landed in (a response may have said "confirmed" to a later arrival that an earlier
    // request, re-decided after a lost write, then displaced with a notice).
    type Row = { bookingId: string; bookerId: string; status: string; placedAt: string; waitlistPosition: number | null };
    const occupancy = async () =>
      (
        (await get(`/api/spaces/${spaceId}/occupancy?from=${chinaDate(slotStart)}&to=${chinaDate(slotStart)}`, 'mgr-sch1').expect(200))
          .body as Row[]
      ).filter((r) => results.some((res) => res.body.id === r.bookingId));
    const rows = await occupancy();
    expect(rows).toHaveLength(accepted);
    expect(rows.map((r) => r.placedAt)).toEqual([...rows.map((r) => r.placedAt)].sort());
    expect(rows.slice(0, 5).every((r) => r.status === 'confirmed')).toBe(true);
    expect(rows.slice(5).map((r) => [r.status, r.waitlistPosition])).toEqual(rows.slice(5).map((_, i) => ['waitlisted', i + 1]));
    const [slot] = (
      await get(`/api/spaces/${spaceId}/availability?from=${chinaDate(slotStart)}&to=${chinaDate(slotStart)}`, 'auditor').expect(200)
    ).body.filter((s: { start: string }) => s.start === slotStart);
    expect(slot).toMatchObject({ capacity: 5, booked: 5, free: 0, waitlisted: accepted - 5 });

    // Two holders cancel at once: the first two in the waitlist move up, in order of arrival.
    const holders = rows.slice(0, 2);
    const cancels = await Promise.all(
      holders.map((h) =>
        post(`/api/bookings/${h.bookingId}/cancellation`, racers[results.findIndex((r) => r.body.id === h.bookingId)], {
          reason: '临时有事',
        }),
      ),
    );
    expect(cancels.map((c) => c.status)).toEqual([200, 200]);
    const promoted = await sys.query<{ data: { bookingId: string } }>(
      `SELECT data FROM event_store.events WHERE stream_id = $1 AND event_type = 'booking.promoted.v1' ORDER BY stream_revision`,
      [`slot-${spaceId}-${slotStart}`],
    );
    expect(promoted.map((e) => e.data.bookingId).sort()).toEqual(
      rows
        .slice(5, 7)
        .map((r) => r.bookingId)
        .sort(),
    );
    await sys.projected();
    const after = await occupancy();
    expect(after.filter((r) => r.status === 'confirmed').map((r) => r.bookingId)).toEqual(rows.slice(2, 7).map((r) => r.bookingId));
    const [again] = (
      await get(`/api/spaces/${spaceId}/availability?from=${chinaDate(slotStart)}&to=${chinaDate(slotStart)}`, 'auditor').expect(200)
    ).body.filter((s: { start: string }) => s.start === slotStart);
    expect(again).toMatchObject({ booked: 5, waitlisted: accepted - 7 });
  });

  it('cancels bookings in a blackout with notice and refuses new ones there', async () => {
    const spaceId = await publish({ name: '实验小学篮球场' });
    await profile('resident-1');
    const first = hourFromNow(5);
    const second = hourFromNow(6);
    const a = await post(`/api/spaces/${spaceId}/bookings`, 'resident-1', { slotStart: first }).expect(201);
    const b = await post(`/api/spaces/${spaceId}/bookings`, 'staff-hosp1', { slotStart: second }).expect(201);
    await post(`/api/spaces/${spaceId}/blackouts`, 'mgr-sch2', { from: first, to: hourFromNow(7), reason: '期末考试' }).expect(403);
    await post(`/api/spaces/${spaceId}/blackouts`, 'mgr-sch1', { from: hourFromNow(7), to: first, reason: '反了' }).expect(400);
    const blackout = await post(`/api/spaces/${spaceId}/blackouts`, 'mgr-sch1', {
      from: first,
      to: hourFromNow(7),
      reason: '期末考试',
    }).expect(201);
    expect(blackout.body.cancelledBookings).toBe(2);
    await sys.projected();
    const mine = (await get('/api/bookings/mine', 'resident-1').expect(200)).body as {
      bookingId: string;
      status: string;
      notice: string;
      cancelledBy: string;
    }[];
    expect(mine.find((m) => m.bookingId === a.body.id)).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'blackout',
      notice: '因期末考试，该时段暂停开放，您的预约已取消',
    });
    expect(
      (await get('/api/bookings/mine', 'staff-hosp1').expect(200)).body.find((m: { bookingId: string }) => m.bookingId === b.body.id)
        .status,
    ).toBe('cancelled');
    const refused = await post(`/api/spaces/${spaceId}/bookings`, 'staff-hosp1', { slotStart: second }).expect(409);
    expect(refused.body.code).toBe('SLOT_SUSPENDED');
    const day = (
      await get(`/api/spaces/${spaceId}/availability?from=${chinaDate(first)}&to=${chinaDate(second)}`, 'resident-1').expect(200)
    ).body as { start: string; suspended: boolean; free: number }[];
    expect(day.filter((s) => s.start === first || s.start === second).every((s) => s.suspended && s.free === 0)).toBe(true);
  });

  it('records no-shows and overstays, and suspends repeat offenders', async () => {
    const spaceId = await publish({ name: '实验小学羽毛球馆' });
    const who = await resident(900);
    await profile(who);
    const s1 = hourFromNow(2);
    const s2 = hourFromNow(3);
    const s3 = hourFromNow(8);
    const b1 = await post(`/api/spaces/${spaceId}/bookings`, who, { slotStart: s1 }).expect(201);
    const b2 = await post(`/api/spaces/${spaceId}/bookings`, who, { slotStart: s2 }).expect(201);
    await sys.projected();
    await post(`/api/bookings/${b1.body.id}/no-show`, 'mgr-sch1').expect(409); // too early
    await post(`/api/bookings/${b1.body.id}/check-in`, await resident(901)).expect(403);
    clock.travel(Date.parse(s1) - clock.now().getTime() + 31 * 60_000);
    await post(`/api/bookings/${b1.body.id}/no-show`, 'staff-sch1').expect(403);
    const noShow = await post(`/api/bookings/${b1.body.id}/no-show`, 'mgr-sch1').expect(200);
    expect(noShow.body.events).toEqual(['booking.no-show.v1']);
    clock.travel(Date.parse(s2) - clock.now().getTime() - 5 * 60_000);
    await post(`/api/bookings/${b2.body.id}/check-in`, who).expect(200);
    clock.travel(60 * 60_000 + 45 * 60_000); // leaves 40 minutes after the slot ended
    const out = await post(`/api/bookings/${b2.body.id}/check-out`, who).expect(200);
    expect(out.body.events).toEqual(['booking.checked-out.v1']);
    const suspended = await post(`/api/spaces/${spaceId}/bookings`, who, { slotStart: s3 }).expect(403);
    expect(suspended.body.code).toBe('BOOKER_SUSPENDED');
    await sys.projected();
    const strikes = await sys.query<{ t: string }>(
      `SELECT event_type AS t FROM event_store.events WHERE stream_id = $1 ORDER BY stream_revision`,
      ['booker-resident-x900'],
    );
    expect(strikes.map((s) => s.t)).toEqual(['booker.strike-recorded.v1', 'booker.strike-recorded.v1', 'booker.suspended.v1']);

    const from = chinaDate(s1);
    const report = (await get(`/api/sharing/utilisation?from=${from}&to=${chinaDate(s2)}`, 'fin-approver').expect(200)).body;
    const row = report.spaces.find((r: { spaceId: string }) => r.spaceId === spaceId);
    expect(row).toMatchObject({ departmentId: 'D-SCH1', bookedPlaceHours: 2, noShows: 1, noShowRate: 0.5 });
    // Checked in 5 minutes early (counted from the slot start), out 40 minutes after the end: 100 minutes.
    expect(row.usedPlaceHours).toBeCloseTo(100 / 60, 2);
    expect(row.offeredPlaceHours).toBeGreaterThan(0);
    expect(report.departments.find((d: { departmentId: string }) => d.departmentId === 'D-SCH1').noShows).toBeGreaterThanOrEqual(1);
    clock.reset();
  });

  it('needs approval where configured; residents see only their own bookings; phones are masked', async () => {
    const spaceId = await publish({ name: '实验小学会议室', kind: 'meeting_room', approval: 'manager', audiences: ['departments'] });
    await post(`/api/spaces/${spaceId}/bookings`, 'resident-1', { slotStart: hourFromNow(4) }).expect(403);
    const pending = await post(`/api/spaces/${spaceId}/bookings`, 'staff-hosp1', { slotStart: hourFromNow(4) }).expect(201);
    expect(pending.body.status).toBe('pending_approval');
    await sys.projected();
    await post(`/api/bookings/${pending.body.id}/approval`, 'mgr-sch2').expect(403);
    await post(`/api/bookings/${pending.body.id}/approval`, 'mgr-sch1').expect(200);
    await post(`/api/bookings/${pending.body.id}/approval`, 'mgr-sch1').expect(409);

    const lot = await publish({ name: '实验小学夜间停车', kind: 'parking', audiences: ['residents'] });
    const driver = await resident(777);
    await post('/api/residents/me', driver, { name: '李四', phone: '139-0000-1111' }).expect(400);
    await post('/api/residents/me', driver, { name: '李四', phone: '13900001111' }).expect(200);
    await post('/api/residents/me/consent', driver, { noticeVersion: PRIVACY_NOTICE.version }).expect(200);
    const noPlate = await post(`/api/spaces/${lot}/bookings`, driver, { slotStart: hourFromNow(4) }).expect(400);
    expect(noPlate.body.code).toBe('PLATE_REQUIRED');
    await post('/api/residents/me', driver, { name: '李四', phone: '13900001111', plateNumber: '沪A12345' }).expect(200);
    const parked = await post(`/api/spaces/${lot}/bookings`, driver, { slotStart: hourFromNow(4) }).expect(201);
    await sys.projected();
    const day = chinaDate(hourFromNow(4));
    const occupancy = (await get(`/api/spaces/${lot}/occupancy?from=${day}&to=${day}`, 'mgr-sch1').expect(200)).body;
    // The managing unit sees its own booking's resident in full (and that read is recorded); the auditor masked.
    expect(occupancy.find((o: { bookingId: string }) => o.bookingId === parked.body.id)).toMatchObject({
      bookerName: '李四',
      bookerPhone: '13900001111',
      plateNumber: '沪A12345',
    });
    const audited = (await get(`/api/spaces/${lot}/occupancy?from=${day}&to=${day}`, 'auditor').expect(200)).body;
    expect(audited.find((o: { bookingId: string }) => o.bookingId === parked.body.id)).toMatchObject({
      bookerName: '李*',
      bookerPhone: '139****1111',
      plateNumber: '沪A***45',
    });
    await get(`/api/spaces/${lot}/occupancy?from=${day}&to=${day}`, 'mgr-sch2').expect(403);
    await get(`/api/spaces/${lot}/occupancy?from=${day}&to=${day}`, 'resident-1').expect(403);
    expect((await get('/api/residents/me', driver).expect(200)).body.phone).toBe('13900001111');
    const others = (await get('/api/bookings/mine', 'resident-1').expect(200)).body as { bookerId: string }[];
    expect(others.every((b) => b.bookerId === 'resident-1')).toBe(true);
    await post(`/api/bookings/${parked.body.id}/cancellation`, 'resident-1', { reason: '不是我的' }).expect(403);
    expect((await get('/api/spaces', 'resident-1').expect(200)).body.map((s: { name: string }) => s.name)).not.toContain('实验小学会议室');
  });

  it('answers bad or conflicting requests with 400/403/409 and writes nothing', async () => {
    const spaceId = await publish({ name: '实验小学乒乓球室' });
    await profile('resident-1');
    const before = await sys.countEvents();
    const badSpace = await post('/api/spaces', 'mgr-sch1', {
      name: 'x',
      kind: 'castle',
      audiences: [],
      approval: 'maybe',
      schedule: {
        windows: [{ days: 'weekdays', start: '25:00', end: '07:30' }],
        slotMinutes: 5,
        capacity: 0,
        horizonDays: 0,
        minNoticeMinutes: -1,
      },
    }).expect(400);
    expect(badSpace.body.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining([
        'name',
        'kind',
        'location',
        'audiences',
        'approval',
        'schedule.windows.0.days',
        'schedule.windows.0.start',
        'schedule.slotMinutes',
        'schedule.capacity',
      ]),
    );
    const short = await post('/api/spaces', 'mgr-sch1', {
      name: '太短',
      kind: 'other',
      location: '某处',
      audiences: ['departments'],
      approval: 'automatic',
      schedule: {
        windows: [{ days: 'every_day', start: '08:00', end: '08:30' }],
        slotMinutes: 60,
        capacity: 1,
        horizonDays: 1,
        minNoticeMinutes: 0,
      },
    }).expect(400);
    expect(short.body.code).toBe('INVALID_SCHEDULE');
    await post('/api/spaces', 'staff-sch1', { name: '员工不能发布' }).expect(403);
    const notSlot = await post(`/api/spaces/${spaceId}/bookings`, 'resident-1', {
      slotStart: new Date(Date.parse(hourFromNow(3)) + 15 * 60_000).toISOString(),
    }).expect(400);
    expect(notSlot.body).toMatchObject({ code: 'NOT_A_SLOT', details: { field: 'slotStart' } });
    await post(`/api/spaces/${spaceId}/bookings`, 'resident-1', { slotStart: hourFromNow(24 * 20) }).expect(400);
    await post(`/api/spaces/${spaceId}/bookings`, 'resident-1', { slotStart: 'soon' }).expect(400);
    await post(`/api/spaces/${spaceId}/bookings`, 'mgr-sch1', { slotStart: hourFromNow(3) }).expect(403);
    await post(`/api/spaces/${spaceId}/bookings`, 'auditor', { slotStart: hourFromNow(3) }).expect(403);
    await post(`/api/spaces/00000000-0000-4000-8000-000000000000/bookings`, 'resident-1', { slotStart: hourFromNow(3) }).expect(404);
    expect(await sys.countEvents()).toBe(before);
    // A resident without a profile: signing in is recorded (account, session), the refused booking is not.
    const newcomer = await resident(555);
    const signedIn = await sys.countEvents();
    await post(`/api/spaces/${spaceId}/bookings`, newcomer, { slotStart: hourFromNow(3) }).expect(400);
    expect(await sys.countEvents()).toBe(signedIn);
    const ok = await post(`/api/spaces/${spaceId}/bookings`, 'resident-1', { slotStart: hourFromNow(3) }).expect(201);
    const twice = await post(`/api/spaces/${spaceId}/bookings`, 'resident-1', { slotStart: hourFromNow(3) }).expect(409);
    expect(twice.body.code).toBe('ALREADY_BOOKED');
    await sys.projected();
    await post(`/api/bookings/${ok.body.id}/cancellation`, 'resident-1', {}).expect(400);
    await post(`/api/bookings/${ok.body.id}/check-in`, 'resident-1').expect(409);
    // The one booking written: its placement in the slot stream and its pointer stream (booking.located.v1).
    expect(await sys.countEvents()).toBe(signedIn + 2);
  });
});
