import { DomainError, ErrorKind } from '@app/shared';

export type SharingErrorCode =
  | 'SPACE_NOT_FOUND'
  | 'SPACE_ALREADY_EXISTS'
  | 'NOT_YOUR_SPACE'
  | 'INVALID_SCHEDULE'
  | 'INVALID_BLACKOUT'
  | 'NOT_A_SLOT'
  | 'OUTSIDE_BOOKING_HORIZON'
  | 'TOO_LATE_TO_BOOK'
  | 'SLOT_SUSPENDED'
  | 'AUDIENCE_NOT_ALLOWED'
  | 'BOOKER_SUSPENDED'
  | 'RESIDENT_PROFILE_REQUIRED'
  | 'INVALID_PROFILE'
  | 'PLATE_REQUIRED'
  | 'ALREADY_BOOKED'
  | 'TOO_MANY_PLACES'
  | 'BOOKING_NOT_FOUND'
  | 'NOT_YOUR_BOOKING'
  | 'BOOKING_NOT_ACTIVE'
  | 'NOT_PENDING'
  | 'CHECK_IN_CLOSED'
  | 'NOT_CHECKED_IN'
  | 'TOO_EARLY_FOR_NO_SHOW'
  | 'SYSTEM_ONLY'
  | 'BOOKING_ALREADY_REMINDED'
  | 'CONSENT_REQUIRED'
  | 'NOTICE_OUTDATED'
  | 'CONSENT_NOT_GIVEN'
  | 'PROFILE_CHANGED'
  | 'RESIDENT_NOT_FOUND'
  | 'ALREADY_ERASED'
  | 'INVALID_ERASURE_REASON'
  | 'PROPERTY_NOT_FOUND'
  | 'PROPERTY_NOT_A_SPACE'
  | 'PROPERTY_NOT_YOUR_UNIT'
  | 'OFFICE_SPACE_NOT_LENDABLE'
  | 'SPACE_ALREADY_LINKED';

/** What kind of refusal each code is; the HTTP layer maps kinds to statuses. */
export const SHARING_ERROR_KIND: Readonly<Record<SharingErrorCode, ErrorKind>> = {
  SPACE_NOT_FOUND: 'not_found',
  SPACE_ALREADY_EXISTS: 'conflict',
  NOT_YOUR_SPACE: 'forbidden',
  INVALID_SCHEDULE: 'invalid',
  INVALID_BLACKOUT: 'invalid',
  NOT_A_SLOT: 'invalid',
  OUTSIDE_BOOKING_HORIZON: 'invalid',
  TOO_LATE_TO_BOOK: 'invalid',
  SLOT_SUSPENDED: 'conflict',
  AUDIENCE_NOT_ALLOWED: 'forbidden',
  BOOKER_SUSPENDED: 'forbidden',
  RESIDENT_PROFILE_REQUIRED: 'invalid',
  INVALID_PROFILE: 'invalid',
  PLATE_REQUIRED: 'invalid',
  ALREADY_BOOKED: 'conflict',
  TOO_MANY_PLACES: 'invalid',
  BOOKING_NOT_FOUND: 'not_found',
  NOT_YOUR_BOOKING: 'forbidden',
  BOOKING_NOT_ACTIVE: 'conflict',
  NOT_PENDING: 'conflict',
  CHECK_IN_CLOSED: 'conflict',
  NOT_CHECKED_IN: 'conflict',
  TOO_EARLY_FOR_NO_SHOW: 'conflict',
  SYSTEM_ONLY: 'forbidden',
  BOOKING_ALREADY_REMINDED: 'conflict',
  CONSENT_REQUIRED: 'unprocessable',
  NOTICE_OUTDATED: 'conflict',
  CONSENT_NOT_GIVEN: 'conflict',
  PROFILE_CHANGED: 'conflict',
  RESIDENT_NOT_FOUND: 'not_found',
  ALREADY_ERASED: 'conflict',
  INVALID_ERASURE_REASON: 'invalid',
  PROPERTY_NOT_FOUND: 'not_found',
  PROPERTY_NOT_A_SPACE: 'invalid',
  PROPERTY_NOT_YOUR_UNIT: 'forbidden',
  OFFICE_SPACE_NOT_LENDABLE: 'unprocessable',
  SPACE_ALREADY_LINKED: 'conflict',
};

export class SharingError extends DomainError {
  readonly kind: ErrorKind;
  constructor(
    readonly code: SharingErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, details);
    this.kind = SHARING_ERROR_KIND[code];
  }
}
