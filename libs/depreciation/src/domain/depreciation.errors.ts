import { DomainError, ErrorKind } from '@app/shared';

export type DepreciationErrorCode =
  | 'DEPRECIATION_NOT_ALLOWED'
  | 'DEPRECIATION_INVALID_MONTH'
  | 'DEPRECIATION_MONTH_NOT_ENDED'
  | 'DEPRECIATION_MONTH_ALREADY_CLOSED'
  | 'DEPRECIATION_MONTH_OUT_OF_ORDER'
  | 'DEPRECIATION_MONTH_BEFORE_START'
  | 'LIFE_TABLE_INVALID'
  | 'LIFE_TABLE_TOO_LARGE'
  | 'LIFE_TABLE_FOR_CLOSED_MONTH'
  | 'LIFE_TABLE_OVERLAPS';

export const DEPRECIATION_ERROR_KIND: Readonly<Record<DepreciationErrorCode, ErrorKind>> = {
  DEPRECIATION_NOT_ALLOWED: 'forbidden',
  DEPRECIATION_INVALID_MONTH: 'invalid',
  DEPRECIATION_MONTH_NOT_ENDED: 'conflict',
  DEPRECIATION_MONTH_ALREADY_CLOSED: 'conflict',
  DEPRECIATION_MONTH_OUT_OF_ORDER: 'conflict',
  DEPRECIATION_MONTH_BEFORE_START: 'conflict',
  LIFE_TABLE_INVALID: 'invalid',
  LIFE_TABLE_TOO_LARGE: 'invalid',
  LIFE_TABLE_FOR_CLOSED_MONTH: 'conflict',
  LIFE_TABLE_OVERLAPS: 'conflict',
};

export class DepreciationError extends DomainError {
  readonly kind: ErrorKind;
  constructor(
    readonly code: DepreciationErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, details);
    this.kind = DEPRECIATION_ERROR_KIND[code];
  }
}
