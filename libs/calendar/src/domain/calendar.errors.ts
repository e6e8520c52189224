import { DomainError, ErrorKind } from '@app/shared';

export type CalendarErrorCode = 'CALENDAR_ADMIN_ONLY' | 'CALENDAR_YEAR_INVALID' | 'CALENDAR_DAYS_INVALID';

export const CALENDAR_ERROR_KIND: Readonly<Record<CalendarErrorCode, ErrorKind>> = {
  CALENDAR_ADMIN_ONLY: 'forbidden',
  CALENDAR_YEAR_INVALID: 'invalid',
  CALENDAR_DAYS_INVALID: 'invalid',
};

export class CalendarError extends DomainError {
  readonly kind: ErrorKind;
  constructor(
    readonly code: CalendarErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, details);
    this.kind = CALENDAR_ERROR_KIND[code];
  }
}
