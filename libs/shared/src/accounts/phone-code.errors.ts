import { DomainError, ErrorKind } from '../domain-error';

export type PhoneSignInErrorCode =
  | 'PHONE_NUMBER_INVALID'
  | 'SMS_RESEND_TOO_SOON'
  | 'SMS_TOO_MANY_CODES'
  | 'SMS_CODE_NOT_REQUESTED'
  | 'SMS_CODE_WRONG'
  | 'SMS_CODE_EXPIRED'
  | 'SMS_CODE_ATTEMPTS_EXHAUSTED';

export const PHONE_SIGN_IN_ERROR_KIND: Readonly<Record<PhoneSignInErrorCode, ErrorKind>> = {
  PHONE_NUMBER_INVALID: 'invalid',
  SMS_RESEND_TOO_SOON: 'too_many',
  SMS_TOO_MANY_CODES: 'too_many',
  SMS_CODE_NOT_REQUESTED: 'invalid',
  SMS_CODE_WRONG: 'invalid',
  SMS_CODE_EXPIRED: 'invalid',
  SMS_CODE_ATTEMPTS_EXHAUSTED: 'invalid',
};

export class PhoneSignInError extends DomainError {
  readonly kind: ErrorKind;
  constructor(
    readonly code: PhoneSignInErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, details);
    this.kind = PHONE_SIGN_IN_ERROR_KIND[code];
  }
}
