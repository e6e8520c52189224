import dayjs from 'dayjs';
import { CHINA_TZ } from '../../lib/dates';

/** Minutes since midnight of HH:MM. */
export const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** A window whose end is at or before its start runs into the next day: 18:30–次日07:30 (00:00–00:00 is the whole day). */
export function formatWindow(start: string, end: string, nextDay: string): string {
  return minutesOf(end) <= minutesOf(start) ? `${start}–${nextDay}${end}` : `${start}–${end}`;
}

/** A slot in China time: 18:30–19:30, or 18:30–次日07:30 when it ends on a later China date. */
export function formatSlot(startIso: string, endIso: string, nextDay: string): string {
  const start = dayjs(startIso).tz(CHINA_TZ);
  const end = dayjs(endIso).tz(CHINA_TZ);
  const crosses = end.format('YYYY-MM-DD') !== start.format('YYYY-MM-DD') && end.format('HH:mm') !== '00:00';
  return `${start.format('HH:mm')}–${crosses ? nextDay : ''}${end.format('HH:mm')}`;
}

/** The China date a slot starts on (a slot past midnight belongs to the day its window opened, as the API groups them). */
export const slotDate = (startIso: string) => dayjs(startIso).tz(CHINA_TZ).format('YYYY-MM-DD');

/** 138****5678: how a phone number is shown, also to its owner until they ask to see it. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}
