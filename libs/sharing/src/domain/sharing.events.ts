import type { SealedValue } from '@app/shared';
import type { Schedule } from './schedule';

export const SPACE_KINDS = ['parking', 'sports_ground', 'meeting_room', 'under_bridge', 'equipment', 'other'] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];
export const AUDIENCES = ['residents', 'departments'] as const;
export type Audience = (typeof AUDIENCES)[number];
export type Approval = 'automatic' | 'manager';
export type BookerKind = 'resident' | 'department';

interface SpacePublishedData {
  readonly spaceId: string;
  readonly name: string;
  readonly kind: SpaceKind;
  readonly departmentId: string;
  readonly location: string;
  readonly audiences: readonly Audience[];
  readonly approval: Approval;
  readonly schedule: Schedule;
}

/** As written before spaces were tied to the property register: read as a space on no property (未关联物业). */
export interface SpacePublishedV1 {
  readonly type: 'space.published.v1';
  readonly data: SpacePublishedData;
}

/** 错峰共享: a space (or shareable equipment) is opened to others in published windows, on a room or parcel of the register. */
export interface SpacePublished {
  readonly type: 'space.published.v2';
  readonly data: SpacePublishedData & {
    /** The property room or parcel the space is part of; null only for clients that publish without one (tie it later). */
    readonly propertyId: string | null;
  };
}

/** An existing space tied to (or moved to) a property room or parcel of the register. */
export interface SpacePropertyLinked {
  readonly type: 'space.property-linked.v1';
  readonly data: { readonly spaceId: string; readonly propertyId: string; readonly fromPropertyId: string | null };
}

export interface SpaceScheduleChanged {
  readonly type: 'space.schedule-changed.v1';
  readonly data: { readonly spaceId: string; readonly schedule: Schedule };
}

/** Exam days, school events, emergencies: the windows in [from, to) are suspended. */
export interface SpaceBlackoutDeclared {
  readonly type: 'space.blackout-declared.v1';
  readonly data: {
    readonly spaceId: string;
    readonly blackoutId: string;
    readonly from: string;
    readonly to: string;
    readonly reason: string;
  };
}

export type SpaceEvent = SpacePublishedV1 | SpacePublished | SpacePropertyLinked | SpaceScheduleChanged | SpaceBlackoutDeclared;

export type BookingHoldStatus = 'confirmed' | 'pending_approval';

interface BookingPlacedCommon {
  readonly bookingId: string;
  readonly spaceId: string;
  readonly slotStart: string;
  readonly slotEnd: string;
  readonly bookerId: string;
  readonly bookerKind: BookerKind;
  readonly departmentId: string | null;
  readonly places: number;
  /** Waitlisted when the slot is full ("员满即止"); promoted in order of arrival as places free up. */
  readonly status: BookingHoldStatus | 'waitlisted';
}

/** As written before personal data was sealed: the plate in plain text (superseded by booking.plate-sealed.v1). */
interface BookingPlacedData extends BookingPlacedCommon {
  readonly plateNumber: string | null;
}

/** As written before bookings carried their arrival: such bookings keep the order they were written in. */
export interface BookingPlacedV1 {
  readonly type: 'booking.placed.v1';
  readonly data: BookingPlacedData;
}

export interface BookingPlacedV2 {
  readonly type: 'booking.placed.v2';
  readonly data: BookingPlacedData & {
    /** When the request arrived: the slot's order of arrival (see arrival-order.ts), the same however often it was re-decided. */
    readonly requestedAt: string;
  };
}

/** A booking with the resident's plate sealed under their personal-data key (no personal field in plain text). */
export interface BookingPlaced {
  readonly type: 'booking.placed.v3';
  readonly data: BookingPlacedCommon & {
    /** When the request arrived: the slot's order of arrival (see arrival-order.ts), the same however often it was re-decided. */
    readonly requestedAt: string;
    /** The resident's personal-data subject; null for department bookers. */
    readonly bookerSubjectId: string | null;
    readonly plate: SealedValue | null;
  };
}

/** Written by the one-off upcast: the plain plate of an older booking.placed event, sealed; that event is superseded. */
export interface BookingPlateSealed {
  readonly type: 'booking.plate-sealed.v1';
  readonly data: { readonly bookingId: string; readonly subjectId: string; readonly plate: SealedValue; readonly supersedes: string };
}

/**
 * A request that arrived earlier but was written later (it lost a concurrent write and was decided
 * again) takes the place a later arrival had been given; that booking goes back to the waitlist.
 */
export interface BookingDisplaced {
  readonly type: 'booking.displaced.v1';
  readonly data: { readonly bookingId: string; readonly byBookingId: string; readonly notice: string };
}

export interface BookingApproved {
  readonly type: 'booking.approved.v1';
  readonly data: { readonly bookingId: string; readonly byUserId: string };
}

export interface BookingPromoted {
  readonly type: 'booking.promoted.v1';
  readonly data: { readonly bookingId: string; readonly status: BookingHoldStatus };
}

/** Every cancellation carries the notice the booker is given. */
export interface BookingCancelled {
  readonly type: 'booking.cancelled.v1';
  readonly data: {
    readonly bookingId: string;
    readonly by: 'booker' | 'manager' | 'blackout';
    readonly reason: string;
    readonly notice: string;
  };
}

export interface BookingCheckedIn {
  readonly type: 'booking.checked-in.v1';
  readonly data: { readonly bookingId: string; readonly at: string };
}

export interface BookingCheckedOut {
  readonly type: 'booking.checked-out.v1';
  readonly data: { readonly bookingId: string; readonly at: string; readonly overstayMinutes: number };
}

/** 预约提醒: the booker is reminded the day before (once a booking); raised by the reminder sweep. */
export interface BookingReminded {
  readonly type: 'booking.reminded.v1';
  readonly data: { readonly bookingId: string; readonly slotStart: string };
}

export interface BookingNoShow {
  readonly type: 'booking.no-show.v1';
  readonly data: { readonly bookingId: string };
}

export interface SlotSuspended {
  readonly type: 'slot.suspended.v1';
  readonly data: { readonly spaceId: string; readonly slotStart: string; readonly blackoutId: string; readonly reason: string };
}

export type SlotEvent =
  | BookingPlacedV1
  | BookingPlacedV2
  | BookingPlaced
  | BookingPlateSealed
  | BookingDisplaced
  | BookingApproved
  | BookingPromoted
  | BookingCancelled
  | BookingCheckedIn
  | BookingCheckedOut
  | BookingNoShow
  | BookingReminded
  | SlotSuspended;

/** Repeated no-shows or overstays suspend the right to book. */
export interface BookerStrikeRecorded {
  readonly type: 'booker.strike-recorded.v1';
  readonly data: { readonly bookerId: string; readonly bookingId: string; readonly kind: 'no_show' | 'overstay'; readonly at: string };
}

export interface BookerSuspended {
  readonly type: 'booker.suspended.v1';
  readonly data: { readonly bookerId: string; readonly until: string; readonly strikes: number };
}

export type BookerEvent = BookerStrikeRecorded | BookerSuspended;

/** As written before personal data was sealed: plain text, superseded by a resident.profile-recorded.v2 naming it. */
export interface ResidentProfileRecordedV1 {
  readonly type: 'resident.profile-recorded.v1';
  readonly data: { readonly residentId: string; readonly name: string; readonly phone: string; readonly plateNumber: string | null };
}

/** The plain fields of a resident's profile: only what a booking needs. Never stored as such, only sealed. */
export interface ResidentPersonalFields {
  readonly name: string;
  readonly phone: string;
  readonly plateNumber: string | null;
}

/** Only what a booking needs (name, phone, and a plate for parking), sealed under the resident's own key. */
export interface ResidentProfileRecorded {
  readonly type: 'resident.profile-recorded.v2';
  readonly data: {
    readonly residentId: string;
    readonly subjectId: string;
    /** ResidentPersonalFields, sealed. */
    readonly personal: SealedValue;
    /** The plain-text profile event this one re-encrypts (the one-off upcast), else null. */
    readonly supersedes: string | null;
  };
}

/** What the resident agreed to, when, and which version of the notice they were shown. */
export interface ResidentConsentGiven {
  readonly type: 'resident.consent-given.v1';
  readonly data: {
    readonly residentId: string;
    readonly noticeVersion: string;
    readonly purposes: readonly string[];
    readonly givenAt: string;
  };
}

export interface ResidentConsentWithdrawn {
  readonly type: 'resident.consent-withdrawn.v1';
  readonly data: { readonly residentId: string; readonly noticeVersion: string; readonly withdrawnAt: string };
}

export type ErasureRequester = 'resident' | 'administrator' | 'retention';

/** The subject's key is destroyed: every sealed value of it is unreadable from now on. Who asked, and why. */
export interface ResidentErased {
  readonly type: 'resident.erased.v1';
  readonly data: {
    readonly residentId: string;
    readonly subjectId: string;
    readonly requestedBy: ErasureRequester;
    readonly byUserId: string;
    readonly reason: string;
  };
}

export type ResidentEvent =
  ResidentProfileRecordedV1 | ResidentProfileRecorded | ResidentConsentGiven | ResidentConsentWithdrawn | ResidentErased;

export type SharingEvent = SpaceEvent | SlotEvent | BookerEvent | ResidentEvent;

export const spaceStreamId = (spaceId: string) => `space-${spaceId}`;
export const slotStreamId = (spaceId: string, slotStart: string) => `slot-${spaceId}-${slotStart}`;
export const bookerStreamId = (bookerId: string) => `booker-${bookerId}`;
export const residentStreamId = (residentId: string) => `resident-${residentId}`;

const SHARING_TYPES = new Set<string>([
  'space.published.v1',
  'space.published.v2',
  'space.property-linked.v1',
  'space.schedule-changed.v1',
  'space.blackout-declared.v1',
  'booking.placed.v1',
  'booking.placed.v2',
  'booking.placed.v3',
  'booking.plate-sealed.v1',
  'booking.displaced.v1',
  'booking.approved.v1',
  'booking.promoted.v1',
  'booking.cancelled.v1',
  'booking.checked-in.v1',
  'booking.checked-out.v1',
  'booking.no-show.v1',
  'booking.reminded.v1',
  'slot.suspended.v1',
  'booker.strike-recorded.v1',
  'booker.suspended.v1',
  'resident.profile-recorded.v1',
  'resident.profile-recorded.v2',
  'resident.consent-given.v1',
  'resident.consent-withdrawn.v1',
  'resident.erased.v1',
]);

export function isSharingEvent(event: { type: string }): event is SharingEvent {
  return SHARING_TYPES.has(event.type);
}
