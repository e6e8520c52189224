import { chinaDate } from '@app/shared';
import { addDays, chinaInstant, minutesOf } from './china-time';
import { RestDayCalendar } from './rest-day-calendar';

export const DAY_KINDS = ['workdays', 'rest_days', 'every_day'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

/** An opening window on days of one kind, in China time. An end at or before the start runs into the next day. */
export interface SharingWindow {
  readonly days: DayKind;
  readonly start: string;
  readonly end: string;
}

export interface Schedule {
  readonly windows: readonly SharingWindow[];
  readonly slotMinutes: number;
  /** Places per slot (parking spaces, people on a track). */
  readonly capacity: number;
  /** How far ahead bookings open. */
  readonly horizonDays: number;
  /** How long before a slot starts it may still be booked. */
  readonly minNoticeMinutes: number;
}

export interface Slot {
  readonly start: string;
  readonly end: string;
}

function windowMinutes(w: SharingWindow): number {
  const length = (minutesOf(w.end) - minutesOf(w.start) + 1440) % 1440;
  return length === 0 ? 1440 : length;
}

/** Slots of windows that start on `date` (a window that runs past midnight belongs to the day it starts). */
export function slotsStartingOn(schedule: Schedule, date: string, calendar: RestDayCalendar): Slot[] {
  const rest = calendar.isRestDay(date);
  const slots = new Map<string, Slot>();
  for (const window of schedule.windows) {
    if ((window.days === 'workdays' && rest) || (window.days === 'rest_days' && !rest)) continue;
    const opens = chinaInstant(date, window.start).getTime();
    const closes = opens + windowMinutes(window) * 60_000;
    for (let t = opens; t + schedule.slotMinutes * 60_000 <= closes; t += schedule.slotMinutes * 60_000) {
      const start = new Date(t).toISOString();
      slots.set(start, { start, end: new Date(t + schedule.slotMinutes * 60_000).toISOString() });
    }
  }
  return [...slots.values()].sort((a, b) => a.start.localeCompare(b.start));
}

/** Every slot starting on the China dates from..to inclusive. */
export function slotsBetween(schedule: Schedule, from: string, to: string, calendar: RestDayCalendar): Slot[] {
  const out: Slot[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) out.push(...slotsStartingOn(schedule, date, calendar));
  return out;
}

/** The published slot that starts at this instant, if any (looking at its own day and the window that ran over from the day before). */
export function findSlot(schedule: Schedule, start: string, calendar: RestDayCalendar): Slot | null {
  const date = chinaDate(new Date(start));
  for (const day of [date, addDays(date, -1)]) {
    const slot = slotsStartingOn(schedule, day, calendar).find((s) => s.start === start);
    if (slot) return slot;
  }
  return null;
}

/** Slots of the schedule overlapping [from, to) under the calendar as it stands. */
export function slotsOverlapping(schedule: Schedule, from: string, to: string, calendar: RestDayCalendar): Slot[] {
  const first = addDays(chinaDate(new Date(from)), -1);
  const last = chinaDate(new Date(to));
  return slotsBetween(schedule, first, last, calendar).filter((s) => s.start < to && s.end > from);
}

/**
 * Every slot any of these schedules could have opened over [from, to), whatever each day's kind:
 * the calendar may have changed since a booking was made (a provisional year recorded), and so may
 * the schedule. A superset of the slots that can hold bookings there.
 */
export function possibleSlotsOverlapping(schedules: readonly Schedule[], from: string, to: string): Slot[] {
  const anyDay: RestDayCalendar = { isRestDay: () => false };
  const starts = new Map<string, Slot>();
  for (const schedule of schedules) {
    const everyDay: Schedule = { ...schedule, windows: schedule.windows.map((w) => ({ ...w, days: 'every_day' as const })) };
    for (const slot of slotsOverlapping(everyDay, from, to, anyDay)) starts.set(slot.start, slot);
  }
  return [...starts.values()].sort((a, b) => a.start.localeCompare(b.start));
}
