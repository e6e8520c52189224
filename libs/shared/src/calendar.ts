/** China keeps one time zone (Asia/Shanghai, UTC+8) with no daylight saving since 1991. */
export const CHINA_OFFSET_MS = 8 * 3600_000;

/**
 * Every China-date computation here works on the date's own digits through UTC arithmetic, never
 * through the process's local time, so the answers are the same whatever `TZ` the server has.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar date in China (Asia/Shanghai) at `instant`, as YYYY-MM-DD. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Milliseconds of a YYYY-MM-DD date taken as UTC midnight; throws on anything that is not a real date. */
function utcMidnight(date: string): number {
  const match = DATE.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`not a date: ${date}`);
  return ms;
}

/** Day of the week of a China date: 0 Sunday … 6 Saturday. */
export function chinaWeekday(date: string): number {
  return new Date(utcMidnight(date)).getUTCDay();
}

/** The China date `days` after (or before) `date`. */
export function addChinaDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * 86400_000).toISOString().slice(0, 10);
}

/** The year of a China date. */
export function chinaYear(date: string): number {
  utcMidnight(date);
  return Number(date.slice(0, 4));
}
