/** China keeps one time zone (Asia/Shanghai, UTC+8) with no daylight saving since 1991. */
export const CHINA_OFFSET_MS = 8 * 3600_000;

/** The calendar date in China (Asia/Shanghai) at `instant`, as YYYY-MM-DD. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
