import { comparePositions, GlobalPosition } from '@app/event-store';

/**
 * The highest position a request's commands appended at. Read-your-writes needs a position the read
 * models must reach to show the request's own changes; the appends' own positions are exactly that, and
 * knowing them spares asking the store for its head after every write.
 */
export class RequestWrites {
  private highest: GlobalPosition | null = null;

  note(position: GlobalPosition): void {
    if (this.highest === null || comparePositions(position, this.highest) > 0) this.highest = position;
  }

  /** Null when no append reported here (nothing written, or written outside a request's command context). */
  get position(): GlobalPosition | null {
    return this.highest;
  }
}

// Keyed by the request's headers object: that is what controllers hand to commandContextFrom.
const writes = new WeakMap<object, RequestWrites>();

/** Starts collecting the positions of a request's appends. */
export function trackWrites(headers: object): RequestWrites {
  const tracked = new RequestWrites();
  writes.set(headers, tracked);
  return tracked;
}

export function writesOf(headers: object): RequestWrites | undefined {
  return writes.get(headers);
}
