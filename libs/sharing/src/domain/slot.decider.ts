import { Actor, Decision, SealedValue } from '@app/shared';
import { RestDayCalendar } from './rest-day-calendar';
import { findSlot } from './schedule';
import { SharingError } from './sharing.errors';
import { BookerKind, BookingCancelled, BookingHoldStatus, BookingPlaced, SlotEvent } from './sharing.events';
import { placeByArrival, promotions } from './slot-queue';
import { evolveSlot, initialSlotState, LIVE, SlotBooking, SlotState } from './slot-state';
import { PublishedSpace } from './space.decider';

export { evolveSlot, initialSlotState, placesHeld } from './slot-state';
export type { BookingStatus, SlotState } from './slot-state';

/** Check-in opens this long before the slot. */
export const CHECK_IN_EARLY_MINUTES = 15;
/** A booker not checked in this long after the start is a no-show. */
export const NO_SHOW_AFTER_MINUTES = 30;
/** Leaving this long after the end is not yet an overstay. */
export const OVERSTAY_GRACE_MINUTES = 10;

export interface Booker {
  readonly id: string;
  readonly kind: BookerKind;
  readonly departmentId: string | null;
  /** Until then the booker may not book (repeated no-shows or overstays). */
  readonly suspendedUntil: string | null;
}

export interface ResidentBooking {
  readonly subjectId: string;
  readonly plate: SealedValue | null;
  readonly consentCurrent: boolean;
}

export type SlotCommand =
  | {
      readonly kind: 'PlaceBooking';
      readonly space: PublishedSpace;
      readonly bookingId: string;
      readonly slotStart: string;
      readonly places: number;
      readonly booker: Booker;
      /** A resident booker's personal data: their subject, plate sealed under its key, and whether they consented to the current notice. */
      readonly resident: ResidentBooking | null;
      readonly now: string;
    }
  | { readonly kind: 'ApproveBooking'; readonly space: PublishedSpace; readonly actor: Actor; readonly bookingId: string }
  | {
      readonly kind: 'CancelBooking';
      readonly space: PublishedSpace;
      readonly actor: Actor;
      readonly bookingId: string;
      readonly reason: string;
    }
  | { readonly kind: 'CheckIn'; readonly space: PublishedSpace; readonly actor: Actor; readonly bookingId: string; readonly now: string }
  | { readonly kind: 'CheckOut'; readonly space: PublishedSpace; readonly actor: Actor; readonly bookingId: string; readonly now: string }
  | { readonly kind: 'MarkNoShow'; readonly space: PublishedSpace; readonly actor: Actor; readonly bookingId: string; readonly now: string }
  | {
      readonly kind: 'RemindBooking';
      readonly space: PublishedSpace;
      readonly actor: Actor;
      readonly bookingId: string;
      readonly now: string;
    }
  | {
      readonly kind: 'SuspendSlot';
      readonly space: PublishedSpace;
      readonly slotStart: string;
      readonly blackoutId: string;
      readonly reason: string;
    }
  /** After the space's capacity was raised: waiting bookings that now fit move up. */
  | { readonly kind: 'PromoteWaitlist'; readonly space: PublishedSpace };

const minutes = (n: number) => n * 60_000;

function isManager(actor: Actor, space: PublishedSpace): boolean {
  return actor.role === 'asset_manager' && actor.departmentId === space.departmentId;
}

function isBooker(actor: Actor, bookerId: string): boolean {
  return actor.userId === bookerId;
}

const holdFor = (space: PublishedSpace): BookingHoldStatus => (space.approval === 'manager' ? 'pending_approval' : 'confirmed');

function place(c: Extract<SlotCommand, { kind: 'PlaceBooking' }>, state: SlotState, calendar: RestDayCalendar): Decision<SlotEvent> {
  const { space, booker } = c;
  const audience = booker.kind === 'resident' ? 'residents' : 'departments';
  if (!space.audiences.includes(audience)) return new SharingError('AUDIENCE_NOT_ALLOWED', `${space.name} is not open to ${audience}`);
  if (booker.kind === 'department' && booker.departmentId === space.departmentId) {
    return new SharingError('AUDIENCE_NOT_ALLOWED', `${space.name} belongs to your department; sharing is for others`);
  }
  if (booker.suspendedUntil && booker.suspendedUntil > c.now) {
    return new SharingError(
      'BOOKER_SUSPENDED',
      `booking is suspended until ${booker.suspendedUntil} after repeated no-shows or overstays`,
      { until: booker.suspendedUntil },
    );
  }
  const slot = findSlot(space.schedule, c.slotStart, calendar);
  if (!slot) return new SharingError('NOT_A_SLOT', `${c.slotStart} is not the start of a published slot`, { field: 'slotStart' });
  const now = Date.parse(c.now);
  if (Date.parse(slot.start) > now + space.schedule.horizonDays * 86400_000) {
    return new SharingError('OUTSIDE_BOOKING_HORIZON', `bookings open ${space.schedule.horizonDays} days ahead`, { field: 'slotStart' });
  }
  if (Date.parse(slot.start) - now < minutes(space.schedule.minNoticeMinutes)) {
    return new SharingError('TOO_LATE_TO_BOOK', `book at least ${space.schedule.minNoticeMinutes} minutes before the slot starts`, {
      field: 'slotStart',
    });
  }
  const blackout = space.blackouts.find((b) => b.from < slot.end && b.to > slot.start);
  if (state.suspendedBy || blackout) return new SharingError('SLOT_SUSPENDED', `the slot is suspended: ${blackout?.reason ?? 'blackout'}`);
  if (booker.kind === 'resident' && !c.resident)
    return new SharingError('RESIDENT_PROFILE_REQUIRED', 'record your name and phone (POST /api/residents/me) before booking');
  if (booker.kind === 'resident' && !c.resident?.consentCurrent)
    return new SharingError(
      'CONSENT_REQUIRED',
      'agree to the current personal-information notice (POST /api/residents/me/consent) before booking',
    );
  if (space.kind === 'parking' && booker.kind === 'resident' && !c.resident?.plate)
    return new SharingError('PLATE_REQUIRED', 'parking needs a plate number in your resident profile');
  if (c.places > space.schedule.capacity)
    return new SharingError('TOO_MANY_PLACES', `the slot has ${space.schedule.capacity} places`, { field: 'places' });
  const mine = Object.values(state.bookings).some((b) => b.bookerId === booker.id && b.status !== 'cancelled');
  if (mine) return new SharingError('ALREADY_BOOKED', 'you already hold or wait for this slot');
  const request: SlotBooking = {
    bookingId: c.bookingId,
    bookerId: booker.id,
    places: c.places,
    status: 'waitlisted',
    requestedAt: c.now,
    seq: state.seq + 1,
  };
  // Places a raised capacity freed go first to those already waiting.
  const caughtUp = promotions(state, space.schedule.capacity, holdFor(space));
  const { status, displaced } = placeByArrival(caughtUp.reduce(evolveSlot, state), request, space.schedule.capacity, holdFor(space));
  const placed: BookingPlaced = {
    type: 'booking.placed.v3',
    data: {
      bookingId: c.bookingId,
      spaceId: space.spaceId,
      slotStart: slot.start,
      slotEnd: slot.end,
      bookerId: booker.id,
      bookerKind: booker.kind,
      departmentId: booker.departmentId,
      places: c.places,
      status,
      requestedAt: c.now,
      bookerSubjectId: booker.kind === 'resident' ? (c.resident?.subjectId ?? null) : null,
      plate: booker.kind === 'resident' ? (c.resident?.plate ?? null) : null,
    },
  };
  return [...caughtUp, placed, ...displaced];
}

function booking(state: SlotState, bookingId: string): SlotBooking | SharingError {
  return state.bookings[bookingId] ?? new SharingError('BOOKING_NOT_FOUND', `no booking ${bookingId} in this slot`);
}

export function decideSlot(command: SlotCommand, state: SlotState, calendar: RestDayCalendar): Decision<SlotEvent> {
  switch (command.kind) {
    case 'PlaceBooking':
      return place(command, state, calendar);
    case 'ApproveBooking': {
      const b = booking(state, command.bookingId);
      if (b instanceof SharingError) return b;
      if (!isManager(command.actor, command.space))
        return new SharingError('NOT_YOUR_SPACE', 'only the managing department approves bookings');
      if (b.status !== 'pending_approval') return new SharingError('NOT_PENDING', `the booking is ${b.status}`);
      return [{ type: 'booking.approved.v1', data: { bookingId: command.bookingId, byUserId: command.actor.userId } }];
    }
    case 'CancelBooking': {
      const b = booking(state, command.bookingId);
      if (b instanceof SharingError) return b;
      const by = isBooker(command.actor, b.bookerId) ? 'booker' : isManager(command.actor, command.space) ? 'manager' : null;
      if (!by) return new SharingError('NOT_YOUR_BOOKING', 'only the booker or the managing department cancels a booking');
      if (!LIVE.includes(b.status)) return new SharingError('BOOKING_NOT_ACTIVE', `the booking is ${b.status}`);
      const cancelled: BookingCancelled = {
        type: 'booking.cancelled.v1',
        data: {
          bookingId: command.bookingId,
          by,
          reason: command.reason,
          notice: by === 'booker' ? '您已取消预约' : `管理单位取消了您的预约：${command.reason}`,
        },
      };
      return [cancelled, ...promotions(evolveSlot(state, cancelled), command.space.schedule.capacity, holdFor(command.space))];
    }
    case 'CheckIn': {
      const b = booking(state, command.bookingId);
      if (b instanceof SharingError) return b;
      if (!isBooker(command.actor, b.bookerId) && !isManager(command.actor, command.space))
        return new SharingError('NOT_YOUR_BOOKING', 'only the booker or the managing department checks in');
      if (b.status !== 'confirmed') return new SharingError('BOOKING_NOT_ACTIVE', `the booking is ${b.status}`);
      const now = Date.parse(command.now);
      if (now < Date.parse(state.slotStart ?? '') - minutes(CHECK_IN_EARLY_MINUTES) || now >= Date.parse(state.slotEnd ?? '')) {
        return new SharingError(
          'CHECK_IN_CLOSED',
          `check-in opens ${CHECK_IN_EARLY_MINUTES} minutes before the slot and closes at its end`,
        );
      }
      return [{ type: 'booking.checked-in.v1', data: { bookingId: command.bookingId, at: command.now } }];
    }
    case 'CheckOut': {
      const b = booking(state, command.bookingId);
      if (b instanceof SharingError) return b;
      if (!isBooker(command.actor, b.bookerId) && !isManager(command.actor, command.space))
        return new SharingError('NOT_YOUR_BOOKING', 'only the booker or the managing department checks out');
      if (b.status !== 'checked_in') return new SharingError('NOT_CHECKED_IN', `the booking is ${b.status}`);
      const late = Math.floor((Date.parse(command.now) - Date.parse(state.slotEnd ?? '')) / 60_000) - OVERSTAY_GRACE_MINUTES;
      return [
        { type: 'booking.checked-out.v1', data: { bookingId: command.bookingId, at: command.now, overstayMinutes: Math.max(0, late) } },
      ];
    }
    case 'MarkNoShow': {
      const b = booking(state, command.bookingId);
      if (b instanceof SharingError) return b;
      if (!isManager(command.actor, command.space) && command.actor.role !== 'system')
        return new SharingError('NOT_YOUR_SPACE', 'only the managing department records no-shows');
      if (b.status !== 'confirmed') return new SharingError('BOOKING_NOT_ACTIVE', `the booking is ${b.status}`);
      if (Date.parse(command.now) < Date.parse(state.slotStart ?? '') + minutes(NO_SHOW_AFTER_MINUTES)) {
        return new SharingError(
          'TOO_EARLY_FOR_NO_SHOW',
          `a no-show is recorded ${NO_SHOW_AFTER_MINUTES} minutes after the start at the earliest`,
        );
      }
      return [{ type: 'booking.no-show.v1', data: { bookingId: command.bookingId } }];
    }
    case 'RemindBooking': {
      const b = booking(state, command.bookingId);
      if (b instanceof SharingError) return b;
      if (command.actor.role !== 'system') return new SharingError('SYSTEM_ONLY', 'reminders are sent by the reminder sweep only');
      if (b.status !== 'confirmed' || Date.parse(command.now) >= Date.parse(state.slotStart ?? ''))
        return new SharingError(
          'BOOKING_NOT_ACTIVE',
          `the booking is ${b.status}${b.status === 'confirmed' ? ' and its slot has begun' : ''}`,
        );
      if (b.reminded) return new SharingError('BOOKING_ALREADY_REMINDED', 'the booker was reminded already');
      return [{ type: 'booking.reminded.v1', data: { bookingId: command.bookingId, slotStart: state.slotStart ?? '' } }];
    }
    case 'PromoteWaitlist':
      return state.suspendedBy ? [] : promotions(state, command.space.schedule.capacity, holdFor(command.space));
    case 'SuspendSlot': {
      if (state.suspendedBy === command.blackoutId) return [];
      const notice = `因${command.reason}，该时段暂停开放，您的预约已取消`;
      const cancellations: SlotEvent[] = Object.entries(state.bookings)
        .filter(([, b]) => LIVE.includes(b.status))
        .map(([bookingId]) => ({ type: 'booking.cancelled.v1', data: { bookingId, by: 'blackout', reason: command.reason, notice } }));
      return [
        {
          type: 'slot.suspended.v1',
          data: { spaceId: command.space.spaceId, slotStart: command.slotStart, blackoutId: command.blackoutId, reason: command.reason },
        },
        ...cancellations,
      ];
    }
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

export const slotDecider = (calendar: RestDayCalendar) => ({
  decide: (command: SlotCommand, state: SlotState) => decideSlot(command, state, calendar),
  evolve: evolveSlot,
  initialState: initialSlotState,
});
