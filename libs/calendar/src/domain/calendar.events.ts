/** What an administrator records for one day of a year: a holiday (放假), or a weekend day worked (调休补班). */
export type RecordedDayKind = 'holiday' | 'workday';

export interface RecordedDay {
  /** China date, YYYY-MM-DD, inside the recorded year. */
  readonly date: string;
  readonly kind: RecordedDayKind;
  /** The holiday the day belongs to (元旦, 春节 …), at most 50 characters; null when not given. */
  readonly name: string | null;
}

/** A day whose rest-day status the recording changed, with its status from then on. */
export interface CalendarDayChange {
  readonly date: string;
  readonly restDay: boolean;
}

/**
 * 录入放假安排: the whole arrangement of one year as the State Council's notice gives it. A later
 * recording of the same year replaces it (the earlier ones stay in the stream as its history).
 * `changes` lists the days whose rest-day status differs from the calendar in force before (the
 * previous recording, else the packaged or provisional calendar): bookings already made on them
 * are what the spaces' managers are told about.
 */
export interface CalendarYearRecorded {
  readonly type: 'calendar.year-recorded.v1';
  readonly data: {
    readonly year: number;
    readonly version: number;
    /** In date order. */
    readonly days: readonly RecordedDay[];
    /** The notice the days come from (文号), or '' when not given. */
    readonly source: string;
    /** How the days were entered: the form, or an imported CSV. */
    readonly via: 'form' | 'csv';
    readonly recordedBy: string;
    readonly recordedAt: string;
    readonly changes: readonly CalendarDayChange[];
  };
}

export type CalendarEvent = CalendarYearRecorded;
export type CalendarEventType = CalendarEvent['type'];

/** One stream a year: recordings of different years never contend, and a year's history is its stream. */
export const calendarYearStreamId = (year: number) => `calendar-year-${year}`;
