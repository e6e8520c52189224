import { Arrival } from './arrival-order';
import { SlotEvent } from './sharing.events';

export type BookingStatus = 'confirmed' | 'pending_approval' | 'waitlisted' | 'cancelled' | 'checked_in' | 'checked_out' | 'no_show';

export interface SlotBooking extends Arrival {
  readonly bookerId: string;
  readonly places: number;
  readonly status: BookingStatus;
  /** The booker was reminded the day before. */
  readonly reminded?: boolean;
}

export interface SlotState {
  readonly slotStart: string | null;
  readonly slotEnd: string | null;
  readonly suspendedBy: string | null;
  readonly bookings: Readonly<Record<string, SlotBooking>>;
  readonly seq: number;
}

export const initialSlotState = (): SlotState => ({ slotStart: null, slotEnd: null, suspendedBy: null, bookings: {}, seq: 0 });

/** Statuses that occupy places (count against the capacity); the read side counts the same ones. */
export const HOLDING: readonly BookingStatus[] = ['confirmed', 'pending_approval', 'checked_in', 'checked_out', 'no_show'];
/** Statuses a booking can still be cancelled (or displaced, or promoted) from. */
export const LIVE: readonly BookingStatus[] = ['confirmed', 'pending_approval', 'waitlisted'];

export function placesHeld(state: SlotState): number {
  return Object.values(state.bookings).reduce((sum, b) => sum + (HOLDING.includes(b.status) ? b.places : 0), 0);
}

function withStatus(state: SlotState, bookingId: string, status: BookingStatus): SlotState {
  const booking = state.bookings[bookingId];
  return booking ? { ...state, bookings: { ...state.bookings, [bookingId]: { ...booking, status } } } : state;
}

export function evolveSlot(state: SlotState, event: SlotEvent): SlotState {
  switch (event.type) {
    case 'booking.placed.v1':
    case 'booking.placed.v2':
    case 'booking.placed.v3': {
      const d = event.data;
      const seq = state.seq + 1;
      const requestedAt = event.type === 'booking.placed.v1' ? null : event.data.requestedAt;
      const booking: SlotBooking = { bookingId: d.bookingId, bookerId: d.bookerId, places: d.places, status: d.status, seq, requestedAt };
      return { ...state, slotStart: d.slotStart, slotEnd: d.slotEnd, seq, bookings: { ...state.bookings, [d.bookingId]: booking } };
    }
    case 'booking.displaced.v1':
      return withStatus(state, event.data.bookingId, 'waitlisted');
    case 'booking.approved.v1':
      return withStatus(state, event.data.bookingId, 'confirmed');
    case 'booking.promoted.v1':
      return withStatus(state, event.data.bookingId, event.data.status);
    case 'booking.cancelled.v1':
      return withStatus(state, event.data.bookingId, 'cancelled');
    case 'booking.checked-in.v1':
      return withStatus(state, event.data.bookingId, 'checked_in');
    case 'booking.checked-out.v1':
      return withStatus(state, event.data.bookingId, 'checked_out');
    case 'booking.no-show.v1':
      return withStatus(state, event.data.bookingId, 'no_show');
    case 'booking.reminded.v1': {
      const booking = state.bookings[event.data.bookingId];
      return booking ? { ...state, bookings: { ...state.bookings, [event.data.bookingId]: { ...booking, reminded: true } } } : state;
    }
    case 'booking.plate-sealed.v1':
      return state;
    case 'slot.suspended.v1':
      return { ...state, slotStart: state.slotStart ?? event.data.slotStart, suspendedBy: event.data.blackoutId };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}
