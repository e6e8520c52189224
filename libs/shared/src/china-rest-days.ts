import published from 'chinese-days/dist/chinese-days.json';
import { chinaWeekday, chinaYear } from './calendar';
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
 * `published`: the State Council's notice for the year is known. `provisional`: it is not yet;
 * weekends and the statutory days of 《全国年节及纪念日放假办法》 are rest days, and the notice may
 * still move days (bridges, 调休) until the year is recorded.
 */
export type CalendarStatus = 'published' | 'provisional';

/**
 * China's rest days: weekends and holidays, except make-up working days. Dates are China dates
 * (YYYY-MM-DD) and every answer is computed without the process's time zone.
 */
export class ChinaRestDayCalendar {
  private readonly rest = new Set<string>();
  private readonly work = new Set<string>();
  private readonly years = new Set<number>();
  private readonly statutory = new Map<number, Set<string>>();

  constructor(arrangements: readonly YearArrangement[]) {
    for (const a of arrangements) {
      this.years.add(a.year);
      a.restDays.forEach((d) => this.rest.add(d));
      a.workdays.forEach((d) => this.work.add(d));
    }
  }

  /** A calendar that also knows these years (a notice recorded after the package was released). */
  withArrangements(arrangements: readonly YearArrangement[]): ChinaRestDayCalendar {
    return new ChinaRestDayCalendar([...this.arrangements(), ...arrangements]);
  }

  status(date: string): CalendarStatus {
    return this.years.has(chinaYear(date)) ? 'published' : 'provisional';
  }

  publishedYears(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }

  isRestDay(date: string): boolean {
    const weekend = [0, 6].includes(chinaWeekday(date));
    if (this.status(date) === 'provisional') return weekend || this.statutoryDays(chinaYear(date)).has(date);
    if (this.work.has(date)) return false;
    return weekend || this.rest.has(date);
  }

  private statutoryDays(year: number): Set<string> {
    let days = this.statutory.get(year);
    if (!days) {
      days = new Set(statutoryHolidays(year).days.map((d) => d.date));
      this.statutory.set(year, days);
    }
    return days;
  }

  private arrangements(): YearArrangement[] {
    return [...this.years].map((year) => ({
      year,
      restDays: [...this.rest].filter((d) => chinaYear(d) === year),
      workdays: [...this.work].filter((d) => chinaYear(d) === year),
    }));
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

/** China's calendar as far as it is published, provisional beyond. */
export const chinaRestDays = new ChinaRestDayCalendar(packagedArrangements());
