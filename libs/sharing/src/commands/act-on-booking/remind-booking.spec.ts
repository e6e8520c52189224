import { deciderSpec } from '@app/shared/testing/decider-spec';
import { SYSTEM_ACTOR } from '@app/shared';
import { slotDecider } from '../../domain/slot.decider';
import { SlotEvent } from '../../domain/sharing.events';
import { lot, manager, placed, SLOT, weekdaysOnly } from '../place-booking/slot.fixtures';

describe('预约提醒: a confirmed booking is reminded once before its slot', () => {
  const spec = deciderSpec(slotDecider(weekdaysOnly));
  const DAY_BEFORE = '2026-11-23T10:30:00.000Z';
  const remind = (bookingId = 'b-1', now = DAY_BEFORE, actor = SYSTEM_ACTOR) => ({
    kind: 'RemindBooking' as const,
    space: lot,
    actor,
    bookingId,
    now,
  });
  const reminded: SlotEvent = { type: 'booking.reminded.v1', data: { bookingId: 'b-1', slotStart: SLOT } };

  it('reminds a confirmed booking once', () => {
    spec
      .given([placed(1, 'confirmed')])
      .when(remind())
      .then([reminded]);
    spec
      .given([placed(1, 'confirmed'), reminded])
      .when(remind())
      .thenError('BOOKING_ALREADY_REMINDED');
  });

  it('reminds nobody waitlisted, cancelled or whose slot has begun, and only the system reminds', () => {
    spec
      .given([placed(1, 'waitlisted')])
      .when(remind())
      .thenError('BOOKING_NOT_ACTIVE');
    const cancelled: SlotEvent = {
      type: 'booking.cancelled.v1',
      data: { bookingId: 'b-1', by: 'booker', reason: '不去了', notice: '您已取消预约' },
    };
    spec
      .given([placed(1, 'confirmed'), cancelled])
      .when(remind())
      .thenError('BOOKING_NOT_ACTIVE');
    spec
      .given([placed(1, 'confirmed')])
      .when(remind('b-1', SLOT))
      .thenError('BOOKING_NOT_ACTIVE');
    spec
      .given([placed(1, 'confirmed')])
      .when(remind('b-9'))
      .thenError('BOOKING_NOT_FOUND');
    spec
      .given([placed(1, 'confirmed')])
      .when(remind('b-1', DAY_BEFORE, manager))
      .thenError('SYSTEM_ONLY');
  });
});
