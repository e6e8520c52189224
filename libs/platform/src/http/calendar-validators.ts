import { ValidateBy, ValidationOptions } from 'class-validator';
import { isCalendarDate, isRealDate } from '@app/shared';
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/;

/** A calendar date, or a date and time with its offset: no week or ordinal forms, no local times, no days that do not exist. */
export function isInstant(value: unknown): value is string {
  const match = typeof value === 'string' ? INSTANT.exec(value) : null;
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3])) && Number.isFinite(Date.parse(value as string));
}

/** YYYY-MM-DD naming a day that exists. */
export const IsCalendarDate = (options?: ValidationOptions) =>
  ValidateBy(
    { name: 'isCalendarDate', validator: { validate: isCalendarDate, defaultMessage: () => '$property must be a real date YYYY-MM-DD' } },
    options,
  );

/** An ISO 8601 time with its offset (2026-05-01T08:00:00+08:00), or a plain real date. */
export const IsInstant = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: isInstant,
        defaultMessage: () => '$property must be an ISO 8601 time with offset (2026-05-01T08:00:00+08:00) or a real date YYYY-MM-DD',
      },
    },
    options,
  );
