import { isWorkday } from 'chinese-days';

/** Whether a China date is a rest day: weekends and statutory holidays, but not make-up working days (调休). */
export interface RestDayCalendar {
  isRestDay(date: string): boolean;
}

/** China's official calendar, as published in the `chinese-days` package. */
export const chinaCalendar: RestDayCalendar = {
  isRestDay: (date) => !isWorkday(date),
};
