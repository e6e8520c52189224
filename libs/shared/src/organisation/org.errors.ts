import { DomainError, ErrorKind } from '../domain-error';

export type OrgErrorCode =
  | 'NOT_AN_ADMINISTRATOR'
  | 'UNIT_ALREADY_EXISTS'
  | 'UNIT_NOT_FOUND'
  | 'PARENT_NOT_FOUND'
  | 'UNIT_CLOSED'
  | 'INVALID_LEVEL'
  | 'INVALID_CREDIT_CODE'
  | 'CREDIT_CODE_IN_USE'
  | 'TREE_CYCLE'
  | 'NOTHING_TO_CHANGE'
  | 'UNIT_HAS_OPEN_CHILDREN'
  | 'UNIT_HOLDS_ASSETS';

export const ORG_ERROR_KIND: Readonly<Record<OrgErrorCode, ErrorKind>> = {
  NOT_AN_ADMINISTRATOR: 'forbidden',
  UNIT_ALREADY_EXISTS: 'conflict',
  UNIT_NOT_FOUND: 'not_found',
  PARENT_NOT_FOUND: 'invalid',
  UNIT_CLOSED: 'conflict',
  INVALID_LEVEL: 'invalid',
  INVALID_CREDIT_CODE: 'invalid',
  CREDIT_CODE_IN_USE: 'conflict',
  TREE_CYCLE: 'invalid',
  NOTHING_TO_CHANGE: 'invalid',
  UNIT_HAS_OPEN_CHILDREN: 'conflict',
  UNIT_HOLDS_ASSETS: 'conflict',
};

export class OrgError extends DomainError {
  readonly kind: ErrorKind;
  constructor(
    readonly code: OrgErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, details);
    this.kind = ORG_ERROR_KIND[code];
  }
}
