import { deciderSpec } from '@app/shared/testing/decider-spec';
import { SlotCommand, slotDecider } from '../../domain/slot.decider';
import { SlotEvent } from '../../domain/sharing.events';
import { lot, manager, place, placed, resident, residentActor, sealedPlate, SLOT, weekdaysOnly } from './slot.fixtures';

describe('bookings of a shared slot', () => {
  const spec = deciderSpec(slotDecider(weekdaysOnly));

  it('confirms while places remain, then waitlists ("员满即止")', () => {
    spec
      .given([])
      .when(place(1))
      .then([placed(1, 'confirmed')]);
    spec
      .given([placed(1, 'confirmed'), placed(2, 'confirmed')])
      .when(place(3))
      .then([placed(3, 'waitlisted')]);
  });

  it('holds a place for bookings waiting for approval', () => {
    const approved = { ...lot, approval: 'manager' as const };
    spec
      .given([])
      .when(place(1, { space: approved }))
      .then([placed(1, 'pending_approval')]);
    spec
      .given([placed(1, 'pending_approval'), placed(2, 'pending_approval')])
      .when(place(3, { space: approved }))
      .then([placed(3, 'waitlisted')]);
  });

  it('promotes the waitlist in order when a place frees up', () => {
    const history: SlotEvent[] = [placed(1, 'confirmed'), placed(2, 'confirmed'), placed(3, 'waitlisted'), placed(4, 'waitlisted')];
    spec
      .given(history)
      .when({ kind: 'CancelBooking', space: lot, actor: residentActor(2), bookingId: 'b-2', reason: '行程有变' })
      .then([
        { type: 'booking.cancelled.v1', data: { bookingId: 'b-2', by: 'booker', reason: '行程有变', notice: '您已取消预约' } },
        { type: 'booking.promoted.v1', data: { bookingId: 'b-3', status: 'confirmed' } },
      ]);
  });

  it('refuses what the schedule and rules do not allow', () => {
    spec
      .given([])
      .when(place(1, { slotStart: '2026-11-24T11:30:00.000Z' }))
      .thenError('NOT_A_SLOT');
    spec
      .given([])
      .when(place(1, { slotStart: '2026-12-08T10:30:00.000Z' }))
      .thenError('OUTSIDE_BOOKING_HORIZON');
    spec
      .given([])
      .when(place(1, { now: '2026-11-24T10:10:00.000Z' }))
      .thenError('TOO_LATE_TO_BOOK');
    spec
      .given([])
      .when(place(1, { slotStart: '2026-11-28T10:30:00.000Z' }))
      .thenError('NOT_A_SLOT'); // Saturday: no workday window
    spec
      .given([])
      .when(place(1, { resident: { subjectId: 'resident-1/1', plate: null, consentCurrent: true } }))
      .thenError('PLATE_REQUIRED');
    spec
      .given([])
      .when(place(1, { resident: null }))
      .thenError('RESIDENT_PROFILE_REQUIRED');
    spec
      .given([])
      .when(place(1, { resident: { subjectId: 'resident-1/1', plate: sealedPlate(1), consentCurrent: false } }))
      .thenError('CONSENT_REQUIRED');
    spec
      .given([])
      .when(place(1, { places: 3 }))
      .thenError('TOO_MANY_PLACES');
    spec
      .given([placed(1, 'confirmed')])
      .when(place(1, { bookingId: 'b-9' }))
      .thenError('ALREADY_BOOKED');
    spec
      .given([])
      .when(place(1, { space: { ...lot, audiences: ['departments'] } }))
      .thenError('AUDIENCE_NOT_ALLOWED');
    spec
      .given([])
      .when(place(1, { booker: { ...resident(1), suspendedUntil: '2026-12-01T00:00:00.000Z' } }))
      .thenError('BOOKER_SUSPENDED');
    spec
      .given([])
      .when(place(1, { booker: { id: 'staff-sch1', kind: 'department', departmentId: 'D-SCH1', suspendedUntil: null } }))
      .thenError('AUDIENCE_NOT_ALLOWED');
  });

  it('refuses slots inside a blackout', () => {
    const examDay = {
      ...lot,
      blackouts: [{ blackoutId: 'x-1', from: '2026-11-24T00:00:00.000Z', to: '2026-11-25T00:00:00.000Z', reason: '期末考试' }],
    };
    spec
      .given([])
      .when(place(1, { space: examDay }))
      .thenError('SLOT_SUSPENDED');
  });

  it('cancels every booking of a suspended slot with notice, once', () => {
    const suspend: SlotCommand = { kind: 'SuspendSlot', space: lot, slotStart: SLOT, blackoutId: 'x-1', reason: '期末考试' };
    const notice = '因期末考试，该时段暂停开放，您的预约已取消';
    spec
      .given([placed(1, 'confirmed'), placed(2, 'confirmed'), placed(3, 'waitlisted')])
      .when(suspend)
      .then([
        { type: 'slot.suspended.v1', data: { spaceId: 's-1', slotStart: SLOT, blackoutId: 'x-1', reason: '期末考试' } },
        { type: 'booking.cancelled.v1', data: { bookingId: 'b-1', by: 'blackout', reason: '期末考试', notice } },
        { type: 'booking.cancelled.v1', data: { bookingId: 'b-2', by: 'blackout', reason: '期末考试', notice } },
        { type: 'booking.cancelled.v1', data: { bookingId: 'b-3', by: 'blackout', reason: '期末考试', notice } },
      ]);
    spec
      .given([{ type: 'slot.suspended.v1', data: { spaceId: 's-1', slotStart: SLOT, blackoutId: 'x-1', reason: '期末考试' } }])
      .when(suspend)
      .then([]);
    spec
      .given([{ type: 'slot.suspended.v1', data: { spaceId: 's-1', slotStart: SLOT, blackoutId: 'x-1', reason: '期末考试' } }])
      .when(place(1))
      .thenError('SLOT_SUSPENDED');
  });

  it('checks in around the slot, records overstay on check-out, and no-shows after the grace', () => {
    const confirmed = [placed(1, 'confirmed')];
    const checkIn = (now: string): SlotCommand => ({ kind: 'CheckIn', space: lot, actor: residentActor(1), bookingId: 'b-1', now });
    spec.given(confirmed).when(checkIn('2026-11-24T10:00:00.000Z')).thenError('CHECK_IN_CLOSED');
    spec
      .given(confirmed)
      .when(checkIn('2026-11-24T10:20:00.000Z'))
      .then([{ type: 'booking.checked-in.v1', data: { bookingId: 'b-1', at: '2026-11-24T10:20:00.000Z' } }]);
    spec
      .given(confirmed)
      .when({ ...checkIn('2026-11-24T10:20:00.000Z'), actor: residentActor(2) } as SlotCommand)
      .thenError('NOT_YOUR_BOOKING');
    const inside = [...confirmed, { type: 'booking.checked-in.v1' as const, data: { bookingId: 'b-1', at: '2026-11-24T10:20:00.000Z' } }];
    spec
      .given(inside)
      .when({ kind: 'CheckOut', space: lot, actor: residentActor(1), bookingId: 'b-1', now: '2026-11-25T00:40:00.000Z' })
      .then([{ type: 'booking.checked-out.v1', data: { bookingId: 'b-1', at: '2026-11-25T00:40:00.000Z', overstayMinutes: 60 } }]);
    const noShow = (now: string): SlotCommand => ({ kind: 'MarkNoShow', space: lot, actor: manager, bookingId: 'b-1', now });
    spec.given(confirmed).when(noShow('2026-11-24T10:45:00.000Z')).thenError('TOO_EARLY_FOR_NO_SHOW');
    spec
      .given(confirmed)
      .when(noShow('2026-11-24T11:00:00.000Z'))
      .then([{ type: 'booking.no-show.v1', data: { bookingId: 'b-1' } }]);
  });
});
