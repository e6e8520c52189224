import { byArrival } from './arrival-order';
import { BookingDisplaced, BookingHoldStatus, BookingPromoted } from './sharing.events';
import { placesHeld, SlotBooking, SlotState } from './slot-state';

/**
 * Places go in order of arrival (arrival-order.ts) and nobody overtakes: a request is given a place
 * only when no earlier one is still waiting. The same order decides a new request, promotions after
 * cancellations, and the positions the views and API show.
 */
export interface Placement {
  readonly status: BookingHoldStatus | 'waitlisted';
  /** Later arrivals holding places that go back to the waitlist behind this request, latest first. */
  readonly displaced: readonly BookingDisplaced[];
}

const DISPLACED_NOTICE = '一个更早提交的预约请求占用了您的名额，您的预约已转入候补，有名额空出时将按提交顺序递补';

/**
 * Where a new request goes: exactly where it would be had the slot's requests been written in the
 * order they arrived. A request decided again after losing a concurrent write can find later
 * arrivals already holding places. It takes places back from the latest of them, who return to the
 * waitlist with a notice; if it still does not fit it waits, and so do those later arrivals, who
 * stand behind it.
 */
export function placeByArrival(state: SlotState, request: SlotBooking, capacity: number, hold: BookingHoldStatus): Placement {
  const others = Object.values(state.bookings);
  const earlierWaiting = others.some((b) => b.status === 'waitlisted' && byArrival(b, request) < 0);
  if (earlierWaiting) return { status: 'waitlisted', displaced: [] };
  let free = capacity - placesHeld(state);
  const laterHolders = others
    .filter((b) => (b.status === 'confirmed' || b.status === 'pending_approval') && byArrival(b, request) > 0)
    .sort((a, b) => byArrival(b, a));
  const displaced: BookingDisplaced[] = [];
  for (const later of laterHolders) {
    if (request.places <= free) break;
    free += later.places;
    displaced.push({
      type: 'booking.displaced.v1',
      data: { bookingId: later.bookingId, byBookingId: request.bookingId, notice: DISPLACED_NOTICE },
    });
  }
  return { status: request.places <= free ? hold : 'waitlisted', displaced };
}

/** Waitlisted bookings that now fit, in order of arrival, stopping at the first that does not. */
export function promotions(state: SlotState, capacity: number, hold: BookingHoldStatus): BookingPromoted[] {
  let free = capacity - placesHeld(state);
  const out: BookingPromoted[] = [];
  const waiting = Object.values(state.bookings)
    .filter((b) => b.status === 'waitlisted')
    .sort(byArrival);
  for (const booking of waiting) {
    if (booking.places > free) break;
    free -= booking.places;
    out.push({ type: 'booking.promoted.v1', data: { bookingId: booking.bookingId, status: hold } });
  }
  return out;
}
