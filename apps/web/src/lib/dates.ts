import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every date and time in the pages is China time, whatever the browser's zone. */
export const CHINA_TZ = 'Asia/Shanghai';

/** 2026-11-23 for an instant (ISO string) or a plain date (YYYY-MM-DD stays as it is). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return dayjs(value).tz(CHINA_TZ).format('YYYY-MM-DD');
}

/** 2026-11-23 18:30, 24-hour, China time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  return dayjs(value).tz(CHINA_TZ).format('YYYY-MM-DD HH:mm');
}

/** Today's date in China (YYYY-MM-DD). */
export function todayInChina(now: Date = new Date()): string {
  return dayjs(now).tz(CHINA_TZ).format('YYYY-MM-DD');
}

/** The instant of a China-time date and time (e.g. the end of a day someone picked). */
export function chinaInstant(date: string, time = '00:00'): string {
  return dayjs.tz(`${date} ${time}`, CHINA_TZ).toISOString();
}
