import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore, readStreamTails } from '@app/event-store';
import { StreamFoldCache } from '@app/platform/auth/stream-fold-cache';
import {
  addChinaDays,
  addWorkingDays,
  calendarDaysSpanning,
  CalendarYearUnknownError,
  chinaRestDays,
  ChinaRestDayCalendar,
  chinaYear,
  workingDaysBetween,
  YearArrangement,
} from '@app/shared';
import { CalendarYearState, evolveCalendarYear, initialCalendarYearState, recordedArrangement } from '../domain/calendar-year.decider';
import { CalendarEvent, calendarYearStreamId } from '../domain/calendar.events';

/**
 * The China calendar as everything uses it: the years an administrator recorded first, the package's
 * notices otherwise, provisional statutory days beyond, and a refusal for a year with none of these.
 * Folded from the year streams in the event store (never a read model, so commands may use it), each
 * call reading only the tails after what this process folded (one round trip, usually empty): a year
 * recorded through another API process is in force here from the next call on. The composed calendar
 * is rebuilt only when a tail brought something new.
 */
@Injectable()
export class CalendarSource {
  private readonly folds = new StreamFoldCache<CalendarYearState>(
    (key) => calendarYearStreamId(Number(key)),
    initialCalendarYearState,
    (state, event) => evolveCalendarYear(state, { type: event.type, data: event.data } as CalendarEvent),
  );
  private readonly recorded = new Map<number, YearArrangement>();
  private readonly versions = new Map<number, number>();
  private composed: ChinaRestDayCalendar = chinaRestDays;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Every recording of these years, brought up to date. */
  async years(years: readonly number[]): Promise<Map<number, CalendarYearState>> {
    const wanted = [...new Set(years)];
    const tails = wanted.map((year) => this.folds.tail(String(year)));
    const fresh = await readStreamTails(
      this.store,
      tails.map((t) => t.read),
    );
    const states = new Map<number, CalendarYearState>();
    let changed = false;
    wanted.forEach((year, i) => {
      const state = tails[i].fold(fresh[i]);
      states.set(year, state);
      const version = state.versions.at(-1)?.version ?? 0;
      // Two calls racing may fold the same tail from different reads: never go back to an older version.
      if (fresh[i].length > 0 && version > (this.versions.get(year) ?? 0)) {
        const arrangement = recordedArrangement(year, state);
        if (arrangement) this.recorded.set(year, arrangement);
        this.versions.set(year, version);
        changed = true;
      }
    });
    if (changed) this.composed = chinaRestDays.withArrangements([...this.recorded.values()]);
    return states;
  }

  /**
   * The calendar, current for the China dates from..to and the day either side (a window that runs past
   * midnight belongs to the day before). Refuses at once (CalendarYearUnknownError) when a year of
   * from..to can be neither published nor provisional, before anything is decided or written.
   */
  async calendarFor(from: string, to: string): Promise<ChinaRestDayCalendar> {
    const first = chinaYear(addChinaDays(from, -1));
    const last = chinaYear(addChinaDays(to, 1));
    await this.years(Array.from({ length: Math.max(1, last - first + 1) }, (_, i) => first + i));
    const calendar = this.composed;
    for (let year = chinaYear(from); year <= chinaYear(to); year++) if (!calendar.knows(year)) throw new CalendarYearUnknownError(year);
    return calendar;
  }

  /**
   * The names administrators gave the days of recorded years in from..to: a function answering a
   * day's name (null when it has none) for a recorded year, and undefined for a year not recorded.
   */
  async recordedNames(from: string, to: string): Promise<(date: string) => string | null | undefined> {
    const states = await this.years(Array.from({ length: chinaYear(to) - chinaYear(from) + 1 }, (_, i) => chinaYear(from) + i));
    const names = new Map<string, string | null>();
    const recordedYears = new Set<number>();
    for (const [year, state] of states) {
      const current = state.versions.at(-1);
      if (!current) continue;
      recordedYears.add(year);
      for (const day of current.days) names.set(day.date, day.name);
    }
    return (date) => (recordedYears.has(chinaYear(date)) ? (names.get(date) ?? null) : undefined);
  }

  /** Working days after `from` up to and including `to` (see workingDaysBetween), on the calendar as recorded. */
  async workingDaysBetween(from: string, to: string): Promise<number> {
    const calendar = await this.calendarFor(from <= to ? from : to, from <= to ? to : from);
    return workingDaysBetween(calendar, from, to);
  }

  /** The China date n working days after `date` (see addWorkingDays), on the calendar as recorded. */
  async addWorkingDays(date: string, n: number): Promise<string> {
    const calendar = await this.calendarFor(date, addChinaDays(date, calendarDaysSpanning(n)));
    return addWorkingDays(calendar, date, n);
  }
}
