import { CalendarStatus, chinaRestDays } from '@app/shared';

/** Whether a China date is a rest day: weekends and statutory holidays, but not make-up working days (调休). */
export interface RestDayCalendar {
  isRestDay(date: string): boolean;
}

/** A rest-day calendar that also says whether a date's year is published or still provisional. */
export interface OfficialRestDayCalendar extends RestDayCalendar {
  status(date: string): CalendarStatus;
}

/** China's official calendar: the State Council's notices as far as they are published, the statutory days beyond. */
export const chinaCalendar: OfficialRestDayCalendar = chinaRestDays;
