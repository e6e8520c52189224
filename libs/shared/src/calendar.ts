/** China keeps one time zone (Asia/Shanghai, UTC+8) with no daylight saving since 1991. */
export const CHINA_OFFSET_MS = 8 * 3600_000;

/** The calendar date in China (Asia/Shanghai) at `instant`, as YYYY-MM-DD. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** True when year-month-day names a day that exists (2026-02-30 and 2026-04-31 do not); years 1900–2999. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A YYYY-MM-DD string naming a day that exists. */
export function isCalendarDate(value: unknown): value is string {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}
