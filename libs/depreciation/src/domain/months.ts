/** Months as 'YYYY-MM' (China calendar). Depreciation is charged per month, so everything here counts whole months. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && MONTH_PATTERN.test(value);
}

function index(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function fromIndex(i: number): string {
  return `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  return index(to) - index(from);
}

export function addMonths(month: string, n: number): string {
  return fromIndex(index(month) + n);
}

/** The month of a China calendar date (YYYY-MM-DD). */
export const monthOf = (date: string): string => date.slice(0, 7);

/** The China month of an instant. */
export function chinaMonthOf(instant: string | Date): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 7);
}
