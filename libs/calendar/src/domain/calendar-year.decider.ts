import { Actor, addChinaDays, chinaRestDays, ChinaRestDayCalendar, Decision, YearArrangement } from '@app/shared';
import { CalendarError } from './calendar.errors';
import { CalendarDayChange, CalendarEvent, RecordedDay } from './calendar.events';
import { checkRecordedDays, DayInput, DayProblem } from './recorded-days';

/** Years an administrator may record: the package's first notices onward, and far enough ahead for any plan. */
export const FIRST_RECORDABLE_YEAR = 2000;
export const LAST_RECORDABLE_YEAR = 2100;

export interface CalendarYearVersion {
  readonly version: number;
  readonly days: readonly RecordedDay[];
  readonly source: string;
  readonly via: 'form' | 'csv';
  readonly recordedBy: string;
  readonly recordedAt: string;
  readonly changes: readonly CalendarDayChange[];
}

/** Every recording of one year, oldest first; the last one is in force. */
export interface CalendarYearState {
  readonly versions: readonly CalendarYearVersion[];
}

export const initialCalendarYearState = (): CalendarYearState => ({ versions: [] });

export function evolveCalendarYear(state: CalendarYearState, event: CalendarEvent): CalendarYearState {
  if (event.type !== 'calendar.year-recorded.v1') return state;
  const { version, days, source, via, recordedBy, recordedAt, changes } = event.data;
  // Tolerates anything odd in a stored event (a reader must never break on history).
  const safeDays = Array.isArray(days) ? days : [];
  return { versions: [...state.versions, { version, days: safeDays, source, via, recordedBy, recordedAt, changes: changes ?? [] }] };
}

/** The arrangement in force for the year, or null before its first recording. */
export function recordedArrangement(year: number, state: CalendarYearState): YearArrangement | null {
  const current = state.versions.at(-1);
  if (!current) return null;
  return {
    year,
    restDays: current.days.filter((d) => d.kind === 'holiday').map((d) => d.date),
    workdays: current.days.filter((d) => d.kind === 'workday').map((d) => d.date),
  };
}

export interface RecordCalendarYear {
  readonly kind: 'RecordCalendarYear';
  readonly actor: Actor;
  readonly now: string;
  readonly year: number;
  readonly days: readonly DayInput[];
  readonly source: string;
  readonly via: 'form' | 'csv';
  /** Problems found before the days reached the decider (CSV lines that could not be read). */
  readonly readProblems?: readonly DayProblem[];
}

const sameDays = (a: readonly RecordedDay[], b: readonly RecordedDay[]) =>
  a.length === b.length && a.every((d, i) => d.date === b[i].date && d.kind === b[i].kind && d.name === b[i].name);

/** Days of the year whose rest-day status differs between two calendars; none when the first cannot answer the year. */
function changedDays(year: number, before: ChinaRestDayCalendar, after: ChinaRestDayCalendar): CalendarDayChange[] {
  if (!before.knows(year)) return [];
  const changes: CalendarDayChange[] = [];
  for (let date = `${year}-01-01`; date <= `${year}-12-31`; date = addChinaDays(date, 1)) {
    const restDay = after.isRestDay(date);
    if (before.isRestDay(date) !== restDay) changes.push({ date, restDay });
  }
  return changes;
}

/**
 * Rules for recording a year's holidays and make-up working days:
 * - only the 系统管理员 records (CALENDAR_ADMIN_ONLY);
 * - the year lies in 2000–2100 (CALENDAR_YEAR_INVALID);
 * - every day is checked and every problem named by its row; any problem refuses the whole list and
 *   nothing is written (CALENDAR_DAYS_INVALID);
 * - the same days as the recording in force: already recorded, nothing new is written (a retried
 *   form or re-imported file changes nothing);
 * - otherwise a new version replaces the year, with the days whose rest-day status it changes.
 */
export function decideCalendarYear(command: RecordCalendarYear, state: CalendarYearState): Decision<CalendarEvent> {
  if (command.actor.role !== 'system_admin') {
    return new CalendarError('CALENDAR_ADMIN_ONLY', '只有系统管理员可以录入节假日安排');
  }
  const { year } = command;
  if (!Number.isInteger(year) || year < FIRST_RECORDABLE_YEAR || year > LAST_RECORDABLE_YEAR) {
    return new CalendarError('CALENDAR_YEAR_INVALID', `年份应在 ${FIRST_RECORDABLE_YEAR}–${LAST_RECORDABLE_YEAR} 之间`, { field: 'year' });
  }
  const checked = checkRecordedDays(year, command.days);
  const problems = [...(command.readProblems ?? []), ...checked.problems].sort((a, b) => a.row - b.row);
  if (problems.length > 0) {
    return new CalendarError('CALENDAR_DAYS_INVALID', `${year} 年放假安排有 ${problems.length} 处问题，未录入`, {
      field: 'days',
      problems: problems.slice(0, 200),
      problemCount: problems.length,
    });
  }
  const current = state.versions.at(-1);
  if (current && sameDays(current.days, checked.days)) return [];
  const previous = recordedArrangement(year, state);
  const before = previous ? chinaRestDays.withArrangements([previous]) : chinaRestDays;
  const after = chinaRestDays.withArrangements([
    {
      year,
      restDays: checked.days.filter((d) => d.kind === 'holiday').map((d) => d.date),
      workdays: checked.days.filter((d) => d.kind === 'workday').map((d) => d.date),
    },
  ]);
  return [
    {
      type: 'calendar.year-recorded.v1',
      data: {
        year,
        version: state.versions.length + 1,
        days: checked.days,
        source: command.source.trim(),
        via: command.via,
        recordedBy: command.actor.userId,
        recordedAt: command.now,
        changes: changedDays(year, before, after),
      },
    },
  ];
}

export const calendarYearDecider = {
  decide: decideCalendarYear,
  evolve: evolveCalendarYear,
  initialState: initialCalendarYearState,
};
