import { DomainError } from '@app/shared';

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

export class WarehouseRequestError extends DomainError {
  constructor(
    readonly code: WarehouseRequestErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, details);
  }
}

export const WAREHOUSE_REQUEST_ERROR_STATUS: Readonly<Record<WarehouseRequestErrorCode, number>> = {
  UNKNOWN_CATEGORY: 400,
  INVALID_REQUEST_FIELD: 400,
  NOT_A_PARTY: 403,
  DEMAND_NOT_FOUND: 404,
  DEMAND_ALREADY_EXISTS: 409,
  DEMAND_CLOSED: 409,
  PURCHASE_NOT_FOUND: 404,
  PURCHASE_ALREADY_EXISTS: 409,
  PURCHASE_NOT_BLOCKED: 409,
  PURCHASE_CLOSED: 409,
};
