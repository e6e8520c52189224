import { getDayDetail } from 'chinese-days';
import { statutoryHolidays } from '@app/shared';
import { addDays } from './china-time';
import { RestDayCalendar } from './rest-day-calendar';

export type CalendarDayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

/** One China date as a booking calendar marks it. */
export interface CalendarDay {
  readonly date: string;
  readonly restDay: boolean;
  /** holiday: a rest day on a weekday (a statutory holiday or its bridge); makeup_workday: a weekend day worked (调休). */
  readonly kind: CalendarDayKind;
  /** The holiday a holiday or make-up working day belongs to, e.g. 国庆节. */
  readonly holiday: string | null;
  /** The year's holiday notice is not published yet, so the day may still move. */
  readonly provisional: boolean;
}

/**
 * Names of holidays (and of the holidays make-up days belong to), from the published arrangements in
 * `chinese-days`; for a year not published yet, the statutory days of 《全国年节及纪念日放假办法》.
 */
export function publishedHolidayName(date: string): string | null {
  const parts = getDayDetail(date).name.split(',');
  if (parts.length >= 2) return parts[1];
  return statutoryHolidays(Number(date.slice(0, 4))).days.find((d) => d.date === date)?.name ?? null;
}

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/**
 * The days from..to (China dates, inclusive) with their kind. Whether a day is a rest day comes
 * from the same calendar the slots follow, so the marks never disagree with the slots shown.
 */
export function calendarDays(
  from: string,
  to: string,
  calendar: RestDayCalendar & { status?(date: string): string },
  holidayName: (date: string) => string | null = publishedHolidayName,
): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const restDay = calendar.isRestDay(date);
    const weekend = isWeekend(date);
    const kind: CalendarDayKind = restDay ? (weekend ? 'weekend' : 'holiday') : weekend ? 'makeup_workday' : 'workday';
    const named = kind === 'holiday' || kind === 'makeup_workday' || (restDay && holidayName(date) !== null);
    days.push({
      date,
      restDay,
      kind: named && kind === 'weekend' ? 'holiday' : kind,
      holiday: named ? holidayName(date) : null,
      provisional: calendar.status?.(date) === 'provisional',
    });
  }
  return days;
}
