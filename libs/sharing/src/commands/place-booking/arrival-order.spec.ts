import fc from 'fast-check';
import { deciderSpec } from '@app/shared/testing/decider-spec';
import { DomainError } from '@app/shared';
import { byArrival, waitlistPositions } from '../../domain/arrival-order';
import { BookingDisplaced, BookingPlacedV1, SlotEvent } from '../../domain/sharing.events';
import { evolveSlot, initialSlotState, SlotState, slotDecider } from '../../domain/slot.decider';
import { lot, place, placed, residentActor } from './slot.fixtures';

const spec = deciderSpec(slotDecider({ isRestDay: () => false }));
const displaced = (n: number, by: number): BookingDisplaced => ({
  type: 'booking.displaced.v1',
  data: {
    bookingId: `b-${n}`,
    byBookingId: `b-${by}`,
    notice: '一个更早提交的预约请求占用了您的名额，您的预约已转入候补，有名额空出时将按提交顺序递补',
  },
});
const legacy = (n: number, status: BookingPlacedV1['data']['status']): BookingPlacedV1 => {
  const { requestedAt: _requestedAt, bookerSubjectId: _subject, plate: _plate, ...data } = placed(n, status).data;
  return { type: 'booking.placed.v1', data: { ...data, plateNumber: `沪A0000${n}` } };
};

describe('one order of arrival for a slot (places, waitlist, promotions)', () => {
  it('gives a request that arrived first but was written after a later one the place the later one had', () => {
    // Request 2 arrived before request 3, lost the concurrent write, and is decided again.
    spec
      .given([placed(1, 'confirmed'), placed(3, 'confirmed')])
      .when(place(2))
      .then([placed(2, 'confirmed'), displaced(3, 2)]);
  });

  it('puts the later arrivals behind an earlier request that still does not fit', () => {
    // Two places: 1 holds one; 2 (arrived first, wants two) waits, and 3, behind it, waits too.
    spec
      .given([placed(1, 'confirmed'), placed(3, 'confirmed')])
      .when(place(2, { places: 2 }))
      .then([placed(2, 'waitlisted', 2), displaced(3, 2)]);
  });

  it('never takes a place from a booking already checked in', () => {
    const checkedIn: SlotEvent = { type: 'booking.checked-in.v1', data: { bookingId: 'b-3', at: '2026-11-24T10:20:00.000Z' } };
    spec
      .given([placed(1, 'confirmed'), placed(3, 'confirmed'), checkedIn])
      .when(place(2))
      .then([placed(2, 'waitlisted')]);
  });

  it('lets nobody overtake an earlier request on the waitlist, even one that would fit', () => {
    spec
      .given([placed(1, 'confirmed'), placed(2, 'waitlisted', 2)])
      .when(place(3))
      .then([placed(3, 'waitlisted')]);
  });

  it('promotes in order of arrival, not in the order the waitlist was written', () => {
    spec
      .given([placed(1, 'confirmed'), placed(2, 'confirmed'), placed(4, 'waitlisted'), placed(3, 'waitlisted')])
      .when({ kind: 'CancelBooking', space: lot, actor: residentActor(1), bookingId: 'b-1', reason: '行程有变' })
      .then([
        { type: 'booking.cancelled.v1', data: { bookingId: 'b-1', by: 'booker', reason: '行程有变', notice: '您已取消预约' } },
        { type: 'booking.promoted.v1', data: { bookingId: 'b-3', status: 'confirmed' } },
      ]);
  });

  it('keeps bookings recorded before arrivals were kept first, in the order they were written', () => {
    spec
      .given([legacy(5, 'confirmed'), legacy(4, 'confirmed'), placed(1, 'waitlisted'), legacy(6, 'waitlisted')])
      .when({ kind: 'CancelBooking', space: lot, actor: residentActor(5), bookingId: 'b-5', reason: '行程有变' })
      .then([
        { type: 'booking.cancelled.v1', data: { bookingId: 'b-5', by: 'booker', reason: '行程有变', notice: '您已取消预约' } },
        { type: 'booking.promoted.v1', data: { bookingId: 'b-6', status: 'confirmed' } },
      ]);
  });

  it('moves the waitlist up, in order, when the capacity of the space was raised', () => {
    const bigger = { ...lot, schedule: { ...lot.schedule, capacity: 4 } };
    const history = [placed(1, 'confirmed'), placed(2, 'confirmed'), placed(4, 'waitlisted'), placed(3, 'waitlisted')];
    spec
      .given(history)
      .when({ kind: 'PromoteWaitlist', space: bigger })
      .then([
        { type: 'booking.promoted.v1', data: { bookingId: 'b-3', status: 'confirmed' } },
        { type: 'booking.promoted.v1', data: { bookingId: 'b-4', status: 'confirmed' } },
      ]);
    spec.given(history).when({ kind: 'PromoteWaitlist', space: lot }).then([]);
    // A new request finds the raised capacity first taken by those already waiting.
    const three = { ...lot, schedule: { ...lot.schedule, capacity: 3 } };
    spec
      .given(history)
      .when(place(5, { space: three }))
      .then([{ type: 'booking.promoted.v1', data: { bookingId: 'b-3', status: 'confirmed' } }, placed(5, 'waitlisted')]);
  });

  it('orders same-millisecond arrivals by booking id, and numbers the waitlist in that order', () => {
    const at = '2026-11-23T02:00:00.000Z';
    const bookings = [
      { bookingId: 'b-9', requestedAt: at, seq: 1, status: 'waitlisted' },
      { bookingId: 'b-7', requestedAt: at, seq: 2, status: 'waitlisted' },
      { bookingId: 'b-8', requestedAt: '2026-11-23T01:59:59.999Z', seq: 3, status: 'confirmed' },
    ];
    expect([...bookings].sort(byArrival).map((b) => b.bookingId)).toEqual(['b-8', 'b-7', 'b-9']);
    expect([...waitlistPositions(bookings)]).toEqual([
      ['b-7', 1],
      ['b-9', 2],
    ]);
  });

  it('ends in the same places and waitlist whatever order the requests happen to be written in', () => {
    const requests = fc.uniqueArray(fc.record({ n: fc.integer({ min: 1, max: 40 }), places: fc.integer({ min: 1, max: 2 }) }), {
      minLength: 1,
      maxLength: 8,
      selector: (r) => r.n,
    });
    fc.assert(
      fc.property(requests, fc.infiniteStream(fc.nat()), (reqs, shuffle) => {
        const written = [...reqs];
        for (let i = written.length - 1; i > 0; i--) {
          const j = shuffle.next().value % (i + 1);
          [written[i], written[j]] = [written[j], written[i]];
        }
        const inArrivalOrder = [...reqs].sort((a, b) => a.n - b.n);
        const statuses = (order: typeof reqs) => {
          const state = order.reduce<SlotState>((s, r) => {
            const events = slotDecider({ isRestDay: () => false }).decide(place(r.n, { places: r.places }), s);
            if (events instanceof DomainError) throw events;
            return events.reduce(evolveSlot, s);
          }, initialSlotState());
          return Object.fromEntries(Object.values(state.bookings).map((b) => [b.bookingId, b.status]));
        };
        expect(statuses(written)).toEqual(statuses(inArrivalOrder));
      }),
      { numRuns: 500 },
    );
  });
});
