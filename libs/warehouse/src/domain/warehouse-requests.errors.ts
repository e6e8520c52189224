import { DomainError, ErrorKind } from '@app/shared';

export type WarehouseRequestErrorCode =
  | 'UNKNOWN_CATEGORY'
  | 'INVALID_REQUEST_FIELD'
  | 'NOT_A_PARTY'
  | 'DEMAND_NOT_FOUND'
  | 'DEMAND_ALREADY_EXISTS'
  | 'DEMAND_CLOSED'
  | 'PURCHASE_NOT_FOUND'
  | 'PURCHASE_ALREADY_EXISTS'
  | 'PURCHASE_NOT_BLOCKED'
  | 'PURCHASE_CLOSED';

/** What kind of refusal each code is; the HTTP layer maps kinds to statuses. */
export const WAREHOUSE_REQUEST_ERROR_KIND: Readonly<Record<WarehouseRequestErrorCode, ErrorKind>> = {
  UNKNOWN_CATEGORY: 'invalid',
  INVALID_REQUEST_FIELD: 'invalid',
  NOT_A_PARTY: 'forbidden',
  DEMAND_NOT_FOUND: 'not_found',
  DEMAND_ALREADY_EXISTS: 'conflict',
  DEMAND_CLOSED: 'conflict',
  PURCHASE_NOT_FOUND: 'not_found',
  PURCHASE_ALREADY_EXISTS: 'conflict',
  PURCHASE_NOT_BLOCKED: 'conflict',
  PURCHASE_CLOSED: 'conflict',
};

export class WarehouseRequestError extends DomainError {
  readonly kind: ErrorKind;
  constructor(
    readonly code: WarehouseRequestErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, details);
    this.kind = WAREHOUSE_REQUEST_ERROR_KIND[code];
  }
}
