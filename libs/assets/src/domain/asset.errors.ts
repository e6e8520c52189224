import { DomainError, ErrorKind } from '@app/shared';

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
  | 'TRANSFER_STEP_NOT_PENDING'
  | 'TRANSFER_STEP_ALREADY_ESCALATED'
  | 'SYSTEM_ONLY'
  | 'LISTING_EXPIRY_ALREADY_WARNED'
  | 'SOD_SAME_PERSON'
  | 'SOD_OWN_UNIT'
  | 'NOT_A_FINANCE_BUREAU'
  | 'UNIT_CLOSED'
  | 'POLICY_EFFECTIVE_IN_PAST'
  | 'POLICY_OVERLAPS'
  | 'APPROVALS_PENDING'
  | 'HANDOVER_ALREADY_CONFIRMED'
  | 'HANDOVER_NEEDS_CUSTODIAN'
  | 'CUSTODIAN_NAMED_BY_RECEIVER'
  | 'INVALID_LOAN_FIELD'
  | 'INVALID_LOAN_PERIOD'
  | 'UNKNOWN_BORROWER_UNIT'
  | 'CANNOT_LEND_TO_OWN_UNIT'
  | 'LOAN_NOT_FOUND'
  | 'ASSET_ON_LOAN'
  | 'NOT_A_PARTY'
  | 'PHOTO_NOT_FOUND'
  | 'CATEGORY_TABLE_INVALID'
  | 'CATEGORY_TABLE_ADMIN_ONLY'
  | 'ASSET_WRITTEN_OFF'
  | 'OFFICE_SPACE_NOT_DISPOSABLE'
  | 'ASSET_IN_TRANSFER'
  | 'LISTING_HAS_CLAIMS'
  | 'ASSET_PENDING_DISPOSAL'
  | 'CARD_FROZEN_FOR_DISPOSAL'
  | 'INVALID_DISPOSAL_FIELD'
  | 'DISPOSAL_NOT_FOUND'
  | 'DISPOSAL_ALREADY_EXISTS'
  | 'DISPOSAL_NOT_PENDING'
  | 'DISPOSAL_NOT_APPROVED'
  | 'DISPOSAL_ASSETS_NOT_HELD'
  | 'PROCEEDS_REQUIRED'
  | 'STOCKTAKE_NOT_FOUND'
  | 'STOCKTAKE_ALREADY_EXISTS'
  | 'STOCKTAKE_NOT_OPEN'
  | 'STOCKTAKE_MANAGER_ONLY'
  | 'STOCKTAKE_UNKNOWN_ASSET_NO'
  | 'STOCKTAKE_ASSET_NOT_EXPECTED'
  | 'STOCKTAKE_ASSET_SETTLED'
  | 'STOCKTAKE_SCOPE_TOO_LARGE'
  | 'INVALID_STOCKTAKE_FIELD';

/** What kind of refusal each code is; the HTTP layer maps kinds to statuses. */
export const ASSET_ERROR_KIND: Readonly<Record<AssetErrorCode, ErrorKind>> = {
  ASSET_ALREADY_REGISTERED: 'conflict',
  ASSET_NOT_FOUND: 'not_found',
  UNKNOWN_CATEGORY: 'invalid',
  INVALID_CARD_FIELD: 'invalid',
  ACQUISITION_DATE_IN_FUTURE: 'invalid',
  NOT_YOUR_DEPARTMENT: 'forbidden',
  NOTHING_TO_CORRECT: 'invalid',
  NOTHING_TO_RELOCATE: 'invalid',
  DEPRECIATION_EXCEEDS_VALUE: 'invalid',
  ASSET_NOT_IN_USE: 'conflict',
  OFFICE_SPACE_NOT_LENDABLE: 'unprocessable',
  INVALID_LISTING_WINDOW: 'invalid',
  INVALID_LISTING_FIELD: 'invalid',
  LISTING_NOT_OPEN: 'conflict',
  LISTING_NOT_EXPIRED: 'conflict',
  LISTING_INTERNAL_ONLY: 'forbidden',
  CANNOT_CLAIM_OWN_ASSET: 'invalid',
  ALREADY_CLAIMED: 'conflict',
  CLAIM_NOT_FOUND: 'not_found',
  TRANSFER_NOT_FOUND: 'not_found',
  NOT_YOUR_STEP: 'forbidden',
  TRANSFER_STEP_NOT_PENDING: 'conflict',
  TRANSFER_STEP_ALREADY_ESCALATED: 'conflict',
  SYSTEM_ONLY: 'forbidden',
  LISTING_EXPIRY_ALREADY_WARNED: 'conflict',
  SOD_SAME_PERSON: 'forbidden',
  SOD_OWN_UNIT: 'forbidden',
  NOT_A_FINANCE_BUREAU: 'forbidden',
  UNIT_CLOSED: 'conflict',
  POLICY_EFFECTIVE_IN_PAST: 'invalid',
  POLICY_OVERLAPS: 'conflict',
  APPROVALS_PENDING: 'conflict',
  HANDOVER_ALREADY_CONFIRMED: 'conflict',
  HANDOVER_NEEDS_CUSTODIAN: 'invalid',
  CUSTODIAN_NAMED_BY_RECEIVER: 'invalid',
  INVALID_LOAN_FIELD: 'invalid',
  INVALID_LOAN_PERIOD: 'invalid',
  UNKNOWN_BORROWER_UNIT: 'invalid',
  CANNOT_LEND_TO_OWN_UNIT: 'invalid',
  LOAN_NOT_FOUND: 'not_found',
  ASSET_ON_LOAN: 'conflict',
  NOT_A_PARTY: 'forbidden',
  PHOTO_NOT_FOUND: 'invalid',
  CATEGORY_TABLE_INVALID: 'invalid',
  CATEGORY_TABLE_ADMIN_ONLY: 'forbidden',
  ASSET_WRITTEN_OFF: 'conflict',
  OFFICE_SPACE_NOT_DISPOSABLE: 'unprocessable',
  ASSET_IN_TRANSFER: 'conflict',
  LISTING_HAS_CLAIMS: 'conflict',
  ASSET_PENDING_DISPOSAL: 'conflict',
  CARD_FROZEN_FOR_DISPOSAL: 'conflict',
  INVALID_DISPOSAL_FIELD: 'invalid',
  DISPOSAL_NOT_FOUND: 'not_found',
  DISPOSAL_ALREADY_EXISTS: 'conflict',
  DISPOSAL_NOT_PENDING: 'conflict',
  DISPOSAL_NOT_APPROVED: 'conflict',
  DISPOSAL_ASSETS_NOT_HELD: 'conflict',
  PROCEEDS_REQUIRED: 'invalid',
  STOCKTAKE_NOT_FOUND: 'not_found',
  STOCKTAKE_ALREADY_EXISTS: 'conflict',
  STOCKTAKE_NOT_OPEN: 'conflict',
  STOCKTAKE_MANAGER_ONLY: 'forbidden',
  STOCKTAKE_UNKNOWN_ASSET_NO: 'not_found',
  STOCKTAKE_ASSET_NOT_EXPECTED: 'invalid',
  STOCKTAKE_ASSET_SETTLED: 'conflict',
  STOCKTAKE_SCOPE_TOO_LARGE: 'invalid',
  INVALID_STOCKTAKE_FIELD: 'invalid',
};

export class AssetError extends DomainError {
  readonly kind: ErrorKind;
  constructor(
    readonly code: AssetErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, details);
    this.kind = ASSET_ERROR_KIND[code];
  }
}

/** 《机关事务管理条例》第二十三条: departments may not rent out or lend office space. */
export const OFFICE_SPACE_RULE =
  '《机关事务管理条例》第二十三条：党政机关不得出租、出借办公用房 (departments may not rent out or lend office space)';

/**
 * 《党政机关办公用房管理办法》第四条: office space is managed centrally — 统一规划、统一权属、统一配置、统一处置 —
 * by the office-space authority at or above county level, not by the unit that uses it.
 */
export const OFFICE_SPACE_DISPOSAL_RULE =
  "《党政机关办公用房管理办法》第四条：办公用房统一规划、统一权属、统一配置、统一处置，由县级以上党政机关办公用房管理部门办理，不经单位资产处置流程 (office space is disposed of centrally by the office-space authority, not through a unit's disposal request)";
