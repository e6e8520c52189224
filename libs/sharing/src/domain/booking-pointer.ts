import { Decision } from '@app/shared';

/**
 * Where a booking lives. A booking is decided inside its slot's stream, but the actions on it
 * (cancel, approve, check in and out, no-show) arrive with only the booking id. Rather than ask a
 * read model (which lags the store), each booking gets a one-event pointer stream, written by the
 * command that places it, naming the slot and the booker; neither ever changes.
 */
export interface BookingLocated {
  readonly type: 'booking.located.v1';
  readonly data: { readonly bookingId: string; readonly spaceId: string; readonly slotStart: string; readonly bookerId: string };
}

export type BookingLocation = BookingLocated['data'];

export type BookingPointerState = BookingLocation | null;

export interface LocateBooking {
  readonly kind: 'LocateBooking';
  readonly location: BookingLocation;
}

export const bookingPointerStreamId = (bookingId: string) => `booking-${bookingId}`;

/** Written once; a repeat (a retried placement) changes nothing. */
export function decideBookingPointer(command: LocateBooking, state: BookingPointerState): Decision<BookingLocated> {
  return state ? [] : [{ type: 'booking.located.v1', data: command.location }];
}

export const bookingPointerDecider = {
  decide: decideBookingPointer,
  evolve: (_state: BookingPointerState, event: BookingLocated): BookingPointerState => event.data,
  initialState: (): BookingPointerState => null,
};
