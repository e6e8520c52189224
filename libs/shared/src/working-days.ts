import { addChinaDays } from './calendar';

/** What counting working days needs of a calendar: whether a China date is a rest day. */
export interface RestDays {
  isRestDay(date: string): boolean;
}

/**
 * Whole working days strictly between two China dates: what a step that began to wait on `from` has
 * waited by `to` (neither the day it began nor today counts, so "more than N working days" is `>= N`).
 * Bounded to two years so a bad date cannot loop for long.
 */
export function fullWorkingDaysBetween(calendar: RestDays, from: string, to: string): number {
  let count = 0;
  for (let day = addChinaDays(from, 1), guard = 0; day < to && guard < 731; day = addChinaDays(day, 1), guard++) {
    if (!calendar.isRestDay(day)) count += 1;
  }
  return count;
}

/** Anything that tells rest days from working days (the China calendar, or a test's own). */
export type WorkingDayCalendar = RestDays;

/**
 * Working days after `from` up to and including `to` (China dates): a step submitted on Friday and
 * looked at on Monday has waited 1 working day; on a weekday `to === from` is 0. Negative when `to`
 * is before `from`. Throws what the calendar throws for a year it cannot answer.
 */
export function workingDaysBetween(calendar: WorkingDayCalendar, from: string, to: string): number {
  const [first, last, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let date = addChinaDays(first, 1); date <= last; date = addChinaDays(date, 1)) if (!calendar.isRestDay(date)) count += 1;
  return sign * count;
}

/** The China date `n` working days after `date` (n ≥ 0; 0 gives `date` itself, whatever kind of day it is). */
export function addWorkingDays(calendar: WorkingDayCalendar, date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  let current = date;
  for (let left = n; left > 0;) {
    current = addChinaDays(current, 1);
    if (!calendar.isRestDay(current)) left -= 1;
  }
  return current;
}

/**
 * How many calendar days `n` working days can take at most, for loading the years a computation may
 * reach: five working days a week, plus the longest run of holidays a year has (春节 and 国庆, with
 * their bridges, stay under 20 days each).
 */
export function calendarDaysSpanning(n: number): number {
  return Math.ceil((n * 7) / 5) + 40;
}
