import { DomainError, ErrorKind } from '@app/shared';

/** Refusals of space needs (空间使用需求) and of their allocations (调配). */
export type SpaceNeedErrorCode =
  | 'INVALID_SPACE_NEED_FIELD'
  | 'SPACE_NEED_NOT_FOUND'
  | 'SPACE_NEED_ALREADY_EXISTS'
  | 'SPACE_NEED_NOT_OPEN'
  | 'NOT_YOUR_DEPARTMENT'
  | 'SPACE_PROPERTY_NOT_FOUND'
  | 'SPACE_PROPERTY_NOT_VACANT'
  | 'SPACE_PROPERTY_USE_NOT_FIT'
  | 'SPACE_PROPERTY_NOT_ALLOCATABLE'
  | 'SPACE_PROPERTY_ALREADY_YOURS'
  | 'ALLOCATION_NOT_FOUND'
  | 'ALLOCATION_ALREADY_EXISTS'
  | 'ALLOCATION_NOT_PENDING'
  | 'ALLOCATION_APPROVALS_PENDING'
  | 'INVALID_ALLOCATION_FIELD'
  | 'NOT_YOUR_STEP'
  | 'SOD_SAME_PERSON'
  | 'SOD_OWN_UNIT';

export const SPACE_NEED_ERROR_KIND: Readonly<Record<SpaceNeedErrorCode, ErrorKind>> = {
  INVALID_SPACE_NEED_FIELD: 'invalid',
  SPACE_NEED_NOT_FOUND: 'not_found',
  SPACE_NEED_ALREADY_EXISTS: 'conflict',
  SPACE_NEED_NOT_OPEN: 'conflict',
  NOT_YOUR_DEPARTMENT: 'forbidden',
  SPACE_PROPERTY_NOT_FOUND: 'not_found',
  SPACE_PROPERTY_NOT_VACANT: 'conflict',
  SPACE_PROPERTY_USE_NOT_FIT: 'unprocessable',
  SPACE_PROPERTY_NOT_ALLOCATABLE: 'invalid',
  SPACE_PROPERTY_ALREADY_YOURS: 'invalid',
  ALLOCATION_NOT_FOUND: 'not_found',
  ALLOCATION_ALREADY_EXISTS: 'conflict',
  ALLOCATION_NOT_PENDING: 'conflict',
  ALLOCATION_APPROVALS_PENDING: 'conflict',
  INVALID_ALLOCATION_FIELD: 'invalid',
  NOT_YOUR_STEP: 'forbidden',
  SOD_SAME_PERSON: 'forbidden',
  SOD_OWN_UNIT: 'forbidden',
};

export class SpaceNeedError extends DomainError {
  readonly kind: ErrorKind;
  constructor(
    readonly code: SpaceNeedErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, details);
    this.kind = SPACE_NEED_ERROR_KIND[code];
  }
}
