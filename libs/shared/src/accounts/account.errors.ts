import { DomainError, ErrorKind } from '../domain-error';

export type AccountErrorCode =
  | 'ACCOUNT_ADMIN_ONLY'
  | 'ACCOUNT_EXISTS'
  | 'ACCOUNT_NOT_FOUND'
  | 'ACCOUNT_DISABLED'
  | 'ACCOUNT_UNKNOWN_UNIT'
  | 'ACCOUNT_UNIT_RULE'
  | 'ROLE_ALREADY_HELD'
  | 'ROLE_NOT_HELD'
  | 'LAST_ROLE'
  | 'ACCOUNT_ALREADY_IN_UNIT'
  | 'PASSWORD_TOO_WEAK'
  | 'WRONG_CURRENT_PASSWORD';

export const ACCOUNT_ERROR_KIND: Readonly<Record<AccountErrorCode, ErrorKind>> = {
  ACCOUNT_ADMIN_ONLY: 'forbidden',
  ACCOUNT_EXISTS: 'conflict',
  ACCOUNT_NOT_FOUND: 'not_found',
  ACCOUNT_DISABLED: 'conflict',
  ACCOUNT_UNKNOWN_UNIT: 'invalid',
  ACCOUNT_UNIT_RULE: 'invalid',
  ROLE_ALREADY_HELD: 'conflict',
  ROLE_NOT_HELD: 'conflict',
  LAST_ROLE: 'conflict',
  ACCOUNT_ALREADY_IN_UNIT: 'invalid',
  PASSWORD_TOO_WEAK: 'invalid',
  WRONG_CURRENT_PASSWORD: 'invalid',
};

export class AccountError extends DomainError {
  readonly kind: ErrorKind;
  constructor(
    readonly code: AccountErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, details);
    this.kind = ACCOUNT_ERROR_KIND[code];
  }
}
