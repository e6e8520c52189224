import { CalendarYearState } from '@app/calendar';
import { chinaDate } from '@app/shared';
import { OfficialRestDayCalendar, Schedule, slotsStartingOn } from '@app/sharing';

export interface DayChangeAfter {
  readonly date: string;
  readonly restDay: boolean;
  readonly version: number;
  readonly recordedAt: string;
  readonly name: string | null;
}

/** Every day change of these years' recordings, by date, oldest first. */
export function dayChangesByDate(states: ReadonlyMap<number, CalendarYearState>): Map<string, DayChangeAfter[]> {
  const byDate = new Map<string, DayChangeAfter[]>();
  for (const state of states.values()) {
    for (const v of state.versions) {
      const names = new Map(v.days.map((d) => [d.date, d.name]));
      for (const c of v.changes) {
        const list = byDate.get(c.date) ?? [];
        list.push({ date: c.date, restDay: c.restDay, version: v.version, recordedAt: v.recordedAt, name: names.get(c.date) ?? null });
        byDate.set(c.date, list);
      }
    }
  }
  return byDate;
}

export interface LiveBooking {
  readonly slotStart: Date;
  readonly placedAt: Date;
  readonly schedule: Schedule;
}

/**
 * The change that leaves a booking on a day that is no longer what it was when booked, or null. Each
 * recording flips a day, so the day differs from then when an odd number of recordings changed it
 * since; and the booking is affected only if its slot is gone from the space's schedule on the calendar
 * now (an every-day window keeps its slots whatever the day).
 */
export function changeAffecting(
  booking: LiveBooking,
  changes: ReadonlyMap<string, readonly DayChangeAfter[]>,
  calendar: OfficialRestDayCalendar,
): DayChangeAfter | null {
  const date = chinaDate(booking.slotStart);
  const since = (changes.get(date) ?? []).filter((c) => Date.parse(c.recordedAt) > booking.placedAt.getTime());
  if (since.length % 2 === 0) return null;
  const start = booking.slotStart.toISOString();
  if (slotsStartingOn(booking.schedule, date, calendar).some((s) => s.start === start)) return null;
  return since[since.length - 1];
}
