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
