import { Decision } from '@app/shared';
import { BookerEvent } from './sharing.events';

export interface StrikePolicy {
  /** Strikes within the window that suspend the booker. */
  readonly limit: number;
  readonly windowDays: number;
  readonly penaltyDays: number;
}

export interface BookerState {
  readonly strikes: readonly { readonly bookingId: string; readonly at: string }[];
  readonly suspendedUntil: string | null;
}

export const initialBookerState = (): BookerState => ({ strikes: [], suspendedUntil: null });

export function evolveBooker(state: BookerState, event: BookerEvent): BookerState {
  switch (event.type) {
    case 'booker.strike-recorded.v1':
      return { ...state, strikes: [...state.strikes, { bookingId: event.data.bookingId, at: event.data.at }] };
    case 'booker.suspended.v1':
      return { ...state, suspendedUntil: event.data.until };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

export interface RecordStrike {
  readonly kind: 'RecordStrike';
  readonly bookerId: string;
  readonly bookingId: string;
  readonly strike: 'no_show' | 'overstay';
  readonly at: string;
  readonly policy: StrikePolicy;
}

/** One strike per booking; strikes since the last suspension ended count toward the next one. */
export function decideBooker(command: RecordStrike, state: BookerState): Decision<BookerEvent> {
  if (state.strikes.some((s) => s.bookingId === command.bookingId)) return [];
  const strike: BookerEvent = {
    type: 'booker.strike-recorded.v1',
    data: { bookerId: command.bookerId, bookingId: command.bookingId, kind: command.strike, at: command.at },
  };
  const windowStart = new Date(Date.parse(command.at) - command.policy.windowDays * 86400_000).toISOString();
  const since = state.suspendedUntil && state.suspendedUntil > windowStart ? state.suspendedUntil : windowStart;
  const counted = [...state.strikes.filter((s) => s.at > since), { at: command.at }].length;
  if (counted < command.policy.limit) return [strike];
  const until = new Date(Date.parse(command.at) + command.policy.penaltyDays * 86400_000).toISOString();
  return [strike, { type: 'booker.suspended.v1', data: { bookerId: command.bookerId, until, strikes: counted } }];
}

export const bookerDecider = { decide: decideBooker, evolve: evolveBooker, initialState: initialBookerState };
