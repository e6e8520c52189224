import { deciderSpec } from '@app/shared/testing/decider-spec';
import { bookerDecider, RecordStrike } from '../../domain/booker.decider';
import { BookerEvent } from '../../domain/sharing.events';

const policy = { limit: 2, windowDays: 90, penaltyDays: 30 };
const strike = (bookingId: string, at: string, kind: 'no_show' | 'overstay' = 'no_show'): RecordStrike => ({
  kind: 'RecordStrike',
  bookerId: 'r-1',
  bookingId,
  strike: kind,
  at,
  policy,
});
const recorded = (bookingId: string, at: string, kind: 'no_show' | 'overstay' = 'no_show'): BookerEvent => ({
  type: 'booker.strike-recorded.v1',
  data: { bookerId: 'r-1', bookingId, kind, at },
});

describe('no-show and overstay penalties', () => {
  const spec = deciderSpec(bookerDecider);

  it('records a first strike without suspending', () => {
    spec
      .given([])
      .when(strike('b-1', '2026-11-01T00:00:00.000Z'))
      .then([recorded('b-1', '2026-11-01T00:00:00.000Z')]);
  });

  it('suspends at the limit within the window, for the configured period', () => {
    spec
      .given([recorded('b-1', '2026-11-01T00:00:00.000Z')])
      .when(strike('b-2', '2026-11-10T00:00:00.000Z', 'overstay'))
      .then([
        recorded('b-2', '2026-11-10T00:00:00.000Z', 'overstay'),
        { type: 'booker.suspended.v1', data: { bookerId: 'r-1', until: '2026-12-10T00:00:00.000Z', strikes: 2 } },
      ]);
  });

  it('forgets strikes older than the window and counts once per booking', () => {
    spec
      .given([recorded('b-1', '2026-01-01T00:00:00.000Z')])
      .when(strike('b-2', '2026-11-10T00:00:00.000Z'))
      .then([recorded('b-2', '2026-11-10T00:00:00.000Z')]);
    spec
      .given([recorded('b-1', '2026-11-01T00:00:00.000Z')])
      .when(strike('b-1', '2026-11-01T00:00:00.000Z'))
      .then([]);
  });
});
