import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { Actor, CommandContext } from '@app/shared';
import { ActOnBookingCommand, PlaceBookingCommand, SharingCommandResult } from '@app/sharing';
import { startTestSystem, TestSystem } from '@test/support/test-app';
import { clock } from '@test/support/test-clock';

const HOUR = 3600_000;
const staff = (n: number): Actor => ({
  userId: `staff-hosp-${n}`,
  role: 'department_staff',
  departmentId: 'D-HOSP1',
  displayName: `员工${n}`,
});

/**
 * Two requests for one slot whose writes are made to collide: the one that arrived first is held
 * just before its append until the later one has been written, so its append fails and it is
 * decided again. Places, the waitlist and promotions must still follow the order of arrival.
 */
describe('concurrent bookings whose retries interleave (real event store, command bus, projection)', () => {
  let sys: TestSystem;
  let store: EventStore;
  let bus: CommandBus;
  let mgr: string;

  beforeAll(async () => {
    sys = await startTestSystem();
    store = sys.app.get<EventStore>(EVENT_STORE);
    bus = sys.app.get(CommandBus);
    mgr = await sys.tokenFor('mgr-sch1');
  });
  afterAll(() => sys.close());

  const context = (actor: Actor, arrivedAt: number): CommandContext => {
    const commandId = randomUUID();
    return { actor, commandId, correlationId: commandId, causationId: commandId, now: new Date(arrivedAt) };
  };
  const book = (spaceId: string, slotStart: string, ctx: CommandContext) =>
    bus.execute(new PlaceBookingCommand(spaceId, { slotStart, places: 1 }, ctx)) as Promise<SharingCommandResult>;

  /** Runs `first`, but lets `second` be written completely just before `first` appends for the first time. */
  async function interleave<T>(firstCommandId: string, first: () => Promise<T>, second: () => Promise<unknown>): Promise<T> {
    const append = store.append.bind(store);
    let held = false;
    const spy = jest.spyOn(store, 'append').mockImplementation(async (streamId, events, expected) => {
      if (!held && events[0]?.metadata.commandId === firstCommandId) {
        held = true;
        await second();
      }
      return append(streamId, events, expected);
    });
    try {
      const result = await first();
      expect(held).toBe(true);
      return result;
    } finally {
      spy.mockRestore();
    }
  }

  it('gives places and promotions in order of arrival, not in the order the writes landed', async () => {
    const published = await sys
      .http()
      .post('/api/spaces')
      .set('authorization', `Bearer ${mgr}`)
      .send({
        name: '实验小学会议室',
        kind: 'meeting_room',
        location: '和平路12号',
        audiences: ['departments'],
        approval: 'automatic',
        schedule: {
          windows: [{ days: 'every_day', start: '00:00', end: '00:00' }],
          slotMinutes: 60,
          capacity: 1,
          horizonDays: 14,
          minNoticeMinutes: 30,
        },
      })
      .expect(201);
    const spaceId = published.body.id as string;
    const slotStart = new Date(Math.ceil((clock.now().getTime() + 4 * HOUR) / HOUR) * HOUR).toISOString();
    const t0 = clock.now().getTime();
    // Arrivals, one second apart: A, B, then D, then C.
    const [a, b, d, c] = [1, 2, 4, 3].map((n, i) => context(staff(n), t0 + (i + 1) * 1000));

    // A arrived first but B is written first; A is decided again and takes the only place back.
    let bResult: SharingCommandResult | undefined;
    const aResult = await interleave(
      a.commandId,
      () => book(spaceId, slotStart, a),
      async () => (bResult = await book(spaceId, slotStart, b)),
    );
    expect(bResult?.status).toBe('confirmed');
    expect(aResult).toMatchObject({ status: 'confirmed', events: ['booking.placed.v3', 'booking.displaced.v1'], replayed: false });

    // D arrived before C but is written after it: both wait, D ahead of C.
    const dResult = await interleave(
      d.commandId,
      () => book(spaceId, slotStart, d),
      () => book(spaceId, slotStart, c),
    );
    expect(dResult.status).toBe('waitlisted');

    await sys.projected();
    type Row = { bookingId: string; bookerId: string; status: string; notice: string | null; waitlistPosition: number | null };
    const occupancy = async () =>
      (
        await sys
          .http()
          .get(`/api/spaces/${spaceId}/occupancy?from=${chinaDate(slotStart)}&to=${chinaDate(slotStart)}`)
          .set('authorization', `Bearer ${mgr}`)
          .expect(200)
      ).body as Row[];
    const rows = await occupancy();
    expect(rows.map((r) => [r.bookerId, r.status, r.waitlistPosition])).toEqual([
      ['staff-hosp-1', 'confirmed', null],
      ['staff-hosp-2', 'waitlisted', 1],
      ['staff-hosp-4', 'waitlisted', 2],
      ['staff-hosp-3', 'waitlisted', 3],
    ]);
    expect(rows[1].notice).toContain('转入候补');

    // Places free one at a time: B, then D, move up; C, who arrived last, still waits.
    const cancel = (bookingId: string, who: Actor) =>
      bus.execute(new ActOnBookingCommand(bookingId, 'cancel', '临时有事', context(who, Date.now())));
    await cancel(aResult.id, a.actor);
    await cancel(bResult!.id, b.actor);
    await sys.projected();
    expect((await occupancy()).map((r) => [r.bookerId, r.status, r.waitlistPosition])).toEqual([
      ['staff-hosp-1', 'cancelled', null],
      ['staff-hosp-2', 'cancelled', null],
      ['staff-hosp-4', 'confirmed', null],
      ['staff-hosp-3', 'waitlisted', 1],
    ]);
  });
});

function chinaDate(iso: string): string {
  return new Date(Date.parse(iso) + 8 * HOUR).toISOString().slice(0, 10);
}
