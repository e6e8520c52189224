import { DomainError, ErrorKind } from '@app/shared';

export type PropertyErrorCode =
  | 'PROPERTY_ALREADY_REGISTERED'
  | 'PROPERTY_NOT_FOUND'
  | 'PROPERTY_PARENT_INVALID'
  | 'INVALID_PROPERTY_FIELD'
  | 'PROPERTY_NOT_YOUR_UNIT'
  | 'PROPERTY_NOTHING_TO_CORRECT'
  | 'PROPERTY_STATUS_UNCHANGED'
  | 'PROPERTY_OCCUPANCY_UNCHANGED'
  | 'PROPERTY_NOT_VACANT'
  | 'PROPERTY_ASSET_CARD_INVALID'
  | 'OFFICE_SPACE_NOT_LENDABLE'
  | 'SHARING_ELIGIBILITY_NOT_APPLICABLE';

/** What kind of refusal each code is; the HTTP layer maps kinds to statuses. */
export const PROPERTY_ERROR_KIND: Readonly<Record<PropertyErrorCode, ErrorKind>> = {
  PROPERTY_ALREADY_REGISTERED: 'conflict',
  PROPERTY_NOT_FOUND: 'not_found',
  PROPERTY_PARENT_INVALID: 'invalid',
  INVALID_PROPERTY_FIELD: 'invalid',
  PROPERTY_NOT_YOUR_UNIT: 'forbidden',
  PROPERTY_NOTHING_TO_CORRECT: 'invalid',
  PROPERTY_STATUS_UNCHANGED: 'conflict',
  PROPERTY_OCCUPANCY_UNCHANGED: 'conflict',
  PROPERTY_NOT_VACANT: 'conflict',
  PROPERTY_ASSET_CARD_INVALID: 'invalid',
  OFFICE_SPACE_NOT_LENDABLE: 'unprocessable',
  SHARING_ELIGIBILITY_NOT_APPLICABLE: 'unprocessable',
};

export class PropertyError extends DomainError {
  readonly kind: ErrorKind;
  constructor(
    readonly code: PropertyErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, details);
    this.kind = PROPERTY_ERROR_KIND[code];
  }
}
