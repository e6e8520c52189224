import { DomainError } from '@app/shared';

export type AssetErrorCode =
  | 'ASSET_ALREADY_REGISTERED'
  | 'ASSET_NOT_FOUND'
  | 'UNKNOWN_CATEGORY'
  | 'INVALID_CARD_FIELD'
  | 'ACQUISITION_DATE_IN_FUTURE'
  | 'NOT_YOUR_DEPARTMENT'
  | 'NOTHING_TO_CORRECT'
  | 'NOTHING_TO_RELOCATE'
  | 'DEPRECIATION_EXCEEDS_VALUE'
  | 'ASSET_NOT_IN_USE'
  | 'OFFICE_SPACE_NOT_LENDABLE'
  | 'INVALID_LISTING_WINDOW'
  | 'INVALID_LISTING_FIELD'
  | 'LISTING_NOT_OPEN'
  | 'LISTING_NOT_EXPIRED'
  | 'LISTING_INTERNAL_ONLY'
  | 'CANNOT_CLAIM_OWN_ASSET'
  | 'ALREADY_CLAIMED'
  | 'CLAIM_NOT_FOUND'
  | 'TRANSFER_NOT_FOUND'
  | 'NOT_YOUR_STEP'
  | 'APPROVALS_PENDING'
  | 'HANDOVER_ALREADY_CONFIRMED'
  | 'NOT_A_PARTY'
  | 'PHOTO_NOT_FOUND';

export class AssetError extends DomainError {
  constructor(
    readonly code: AssetErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, details);
  }
}

/** One HTTP status per asset error code; the API's exception filter reads this map. */
export const ASSET_ERROR_STATUS: Readonly<Record<AssetErrorCode, number>> = {
  ASSET_ALREADY_REGISTERED: 409,
  ASSET_NOT_FOUND: 404,
  UNKNOWN_CATEGORY: 400,
  INVALID_CARD_FIELD: 400,
  ACQUISITION_DATE_IN_FUTURE: 400,
  NOT_YOUR_DEPARTMENT: 403,
  NOTHING_TO_CORRECT: 400,
  NOTHING_TO_RELOCATE: 400,
  DEPRECIATION_EXCEEDS_VALUE: 400,
  ASSET_NOT_IN_USE: 409,
  OFFICE_SPACE_NOT_LENDABLE: 422,
  INVALID_LISTING_WINDOW: 400,
  INVALID_LISTING_FIELD: 400,
  LISTING_NOT_OPEN: 409,
  LISTING_NOT_EXPIRED: 409,
  LISTING_INTERNAL_ONLY: 403,
  CANNOT_CLAIM_OWN_ASSET: 400,
  ALREADY_CLAIMED: 409,
  CLAIM_NOT_FOUND: 404,
  TRANSFER_NOT_FOUND: 404,
  NOT_YOUR_STEP: 403,
  APPROVALS_PENDING: 409,
  HANDOVER_ALREADY_CONFIRMED: 409,
  NOT_A_PARTY: 403,
  PHOTO_NOT_FOUND: 400,
};

/** 《机关事务管理条例》第二十三条: departments may not rent out or lend office space. */
export const OFFICE_SPACE_RULE =
  '《机关事务管理条例》第二十三条：党政机关不得出租、出借办公用房 (departments may not rent out or lend office space)';
