/**
 * The one order of a slot's bookings: when each request arrived (the time the command was
 * received, which re-deciding after a lost concurrent write does not change), then the booking id
 * for requests that arrived in the same millisecond. Places, promotions, the occupancy view and
 * the API's waitlist positions all follow it.
 */
export interface Arrival {
  readonly bookingId: string;
  /** Null for bookings recorded before arrivals were kept (booking.placed.v1). */
  readonly requestedAt: string | null;
  /** Position in the slot's stream; orders only bookings without an arrival, which all come first. */
  readonly seq: number;
}

export function byArrival(a: Arrival, b: Arrival): number {
  if (a.requestedAt === null || b.requestedAt === null) {
    if (a.requestedAt === null && b.requestedAt === null) return a.seq - b.seq;
    return a.requestedAt === null ? -1 : 1;
  }
  if (a.requestedAt !== b.requestedAt) return a.requestedAt < b.requestedAt ? -1 : 1;
  return a.bookingId < b.bookingId ? -1 : a.bookingId > b.bookingId ? 1 : 0;
}

/** 1-based place in the waitlist of each waiting booking, in arrival order. */
export function waitlistPositions<T extends Arrival & { readonly status: string }>(bookings: readonly T[]): Map<string, number> {
  const waiting = bookings.filter((b) => b.status === 'waitlisted').sort(byArrival);
  return new Map(waiting.map((b, i) => [b.bookingId, i + 1]));
}
