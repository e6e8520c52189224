import { deciderSpec } from '@app/shared/testing/decider-spec';
import { BookingLocated, bookingPointerDecider } from './booking-pointer';

const location = { bookingId: 'b-1', spaceId: 'sp-1', slotStart: '2026-11-02T10:00:00.000Z', bookerId: 'r-1' };
const located: BookingLocated = { type: 'booking.located.v1', data: location };

describe('booking pointer', () => {
  const spec = deciderSpec(bookingPointerDecider);

  it('records where a new booking lives', () => {
    spec.given([]).when({ kind: 'LocateBooking', location }).then([located]);
  });

  it('records it only once', () => {
    spec.given([located]).when({ kind: 'LocateBooking', location }).then([]);
  });
});
