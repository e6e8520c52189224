import { DomainError } from '@app/shared';

export type AssetErrorCode =
  | 'ASSET_ALREADY_REGISTERED'
  | 'ASSET_NOT_FOUND'
  | 'UNKNOWN_CATEGORY'
  | 'ACQUISITION_DATE_IN_FUTURE'
  | 'NOT_YOUR_DEPARTMENT'
  | 'NOTHING_TO_CORRECT'
  | 'NOTHING_TO_RELOCATE';

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
  ACQUISITION_DATE_IN_FUTURE: 400,
  NOT_YOUR_DEPARTMENT: 403,
  NOTHING_TO_CORRECT: 400,
  NOTHING_TO_RELOCATE: 400,
};
