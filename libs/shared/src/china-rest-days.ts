import published from 'chinese-days/dist/chinese-days.json';
import { chinaWeekday, chinaYear } from './calendar';
import { DomainError, ErrorKind } from './domain-error';
import { statutoryHolidays } from './statutory-holidays';

/** One year's arrangement as the State Council's notice publishes it: extra rest days and make-up working days (调休). */
export interface YearArrangement {
  readonly year: number;
  /** Rest days the notice gives (statutory days and the days bridged to them). */
  readonly restDays: readonly string[];
  /** Weekend days the notice makes working days (调休). */
  readonly workdays: readonly string[];
}

/**
 * `published`: the State Council's notice for the year is known (recorded by an administrator, or
 * shipped in the package). `provisional`: it is not yet; weekends and the statutory days of
 * 《全国年节及纪念日放假办法》 are rest days, and the notice may still move days (bridges, 调休) until
 * the year is recorded.
 */
export type CalendarStatus = 'published' | 'provisional';

export const REST_DAY_CALENDAR_ERROR_KIND: Readonly<Record<'CALENDAR_YEAR_UNKNOWN', ErrorKind>> = {
  CALENDAR_YEAR_UNKNOWN: 'unprocessable',
};

/**
 * A year nobody recorded, with no notice in the package and no table of its lunar holidays: its rest
 * days cannot be told, and treating it as all working days (or weekends only) would offer 春节 as
 * a working day. Whatever asks is refused until an administrator records the year.
 */
export class CalendarYearUnknownError extends DomainError {
  readonly code = 'CALENDAR_YEAR_UNKNOWN';
  readonly kind = REST_DAY_CALENDAR_ERROR_KIND.CALENDAR_YEAR_UNKNOWN;
  constructor(readonly year: number) {
    super(`没有 ${year} 年的节假日安排，无法判断休息日：请系统管理员先录入该年放假安排`, { year });
  }
}

interface YearDays {
  readonly rest: ReadonlySet<string>;
  readonly work: ReadonlySet<string>;
}

/**
 * China's rest days: weekends and holidays, except make-up working days. Dates are China dates
 * (YYYY-MM-DD) and every answer is computed without the process's time zone. A year given twice
 * follows the later arrangement (a recorded notice replaces the packaged one, and a re-recording
 * the earlier recording).
 */
export class ChinaRestDayCalendar {
  private readonly years = new Map<number, YearDays>();
  private readonly statutory = new Map<number, Set<string> | null>();

  constructor(arrangements: readonly YearArrangement[]) {
    for (const a of arrangements) this.years.set(a.year, { rest: new Set(a.restDays), work: new Set(a.workdays) });
  }

  /** A calendar that also knows these years, each replacing what this one knew of it (a notice recorded after the package was released). */
  withArrangements(arrangements: readonly YearArrangement[]): ChinaRestDayCalendar {
    return new ChinaRestDayCalendar([...this.arrangements(), ...arrangements]);
  }

  /** Whether the year can be answered at all: published, or provisional with its statutory days known. */
  knows(year: number): boolean {
    return this.years.has(year) || this.statutoryDays(year) !== null;
  }

  /** Throws CalendarYearUnknownError for a year that can be neither published nor provisional. */
  status(date: string): CalendarStatus {
    const year = chinaYear(date);
    if (this.years.has(year)) return 'published';
    if (this.statutoryDays(year) === null) throw new CalendarYearUnknownError(year);
    return 'provisional';
  }

  publishedYears(): number[] {
    return [...this.years.keys()].sort((a, b) => a - b);
  }

  /** The arrangement of a published year, or null. */
  arrangement(year: number): YearArrangement | null {
    const days = this.years.get(year);
    return days ? { year, restDays: [...days.rest].sort(), workdays: [...days.work].sort() } : null;
  }

  /** Throws CalendarYearUnknownError rather than guess a year it cannot answer. */
  isRestDay(date: string): boolean {
    const weekend = [0, 6].includes(chinaWeekday(date));
    const year = chinaYear(date);
    const days = this.years.get(year);
    if (days) return days.work.has(date) ? false : weekend || days.rest.has(date);
    const statutory = this.statutoryDays(year);
    if (statutory === null) throw new CalendarYearUnknownError(year);
    return weekend || statutory.has(date);
  }

  /** The statutory days of a year whose lunar dates are in the table; null when they are not. */
  private statutoryDays(year: number): Set<string> | null {
    if (!this.statutory.has(year)) {
      const { days, complete } = statutoryHolidays(year);
      this.statutory.set(year, complete ? new Set(days.map((d) => d.date)) : null);
    }
    return this.statutory.get(year) ?? null;
  }

  private arrangements(): YearArrangement[] {
    return this.publishedYears().map((year) => this.arrangement(year) as YearArrangement);
  }
}

/**
 * The arrangements shipped in the `chinese-days` package. A year counts as published when its
 * notice is there, i.e. the year has a 春节 entry; a stray day of a year (a bridge over New Year's
 * Eve) does not make that year known. Only the package's data tables are used: its date functions
 * read a date as UTC midnight and then take the weekday in local time.
 */
export function packagedArrangements(): YearArrangement[] {
  const holidays = published.holidays as Record<string, string>;
  const workdays = published.workdays as Record<string, string>;
  const years = new Set(
    Object.entries(holidays)
      .filter(([, name]) => name.includes('春节'))
      .map(([date]) => chinaYear(date)),
  );
  return [...years].map((year) => ({
    year,
    restDays: Object.keys(holidays).filter((d) => chinaYear(d) === year),
    workdays: Object.keys(workdays).filter((d) => chinaYear(d) === year),
  }));
}

/** China's calendar as far as the package has it published, provisional beyond (no recorded year). */
export const chinaRestDays = new ChinaRestDayCalendar(packagedArrangements());
