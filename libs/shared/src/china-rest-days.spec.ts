import { addChinaDays, chinaWeekday } from './calendar';
import { CalendarYearUnknownError, ChinaRestDayCalendar, chinaRestDays } from './china-rest-days';
import { statutoryHolidays } from './statutory-holidays';

/** 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号), written out independently of any package. */
const NOTICE_2026 = {
  rest: [
    ['2026-01-01', '2026-01-03'], // 元旦
    ['2026-02-15', '2026-02-23'], // 春节
    ['2026-04-04', '2026-04-06'], // 清明
    ['2026-05-01', '2026-05-05'], // 劳动节
    ['2026-06-19', '2026-06-21'], // 端午
    ['2026-09-25', '2026-09-27'], // 中秋
    ['2026-10-01', '2026-10-07'], // 国庆节
  ],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

const daysOf = (year: number): string[] => {
  const out: string[] = [];
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addChinaDays(d, 1)) out.push(d);
  return out;
};
const inRanges = (date: string, ranges: string[][]) => ranges.some(([from, to]) => date >= from && date <= to);

describe("China's rest-day calendar, in any server time zone", () => {
  it('takes weekdays from the date itself, not from local time', () => {
    expect([chinaWeekday('2026-11-28'), chinaWeekday('2026-11-30'), chinaWeekday('2027-01-01')]).toEqual([6, 1, 5]);
    expect(chinaRestDays.isRestDay('2026-11-28')).toBe(true); // Saturday
    expect(chinaRestDays.isRestDay('2026-11-29')).toBe(true); // Sunday
    expect(chinaRestDays.isRestDay('2026-11-30')).toBe(false); // Monday
    expect(chinaRestDays.isRestDay('2026-12-31')).toBe(false); // Thursday, the year's last day
  });

  it('follows the 2026 notice on every day of the year: holidays, 调休 make-up days, ordinary weekends', () => {
    const wrong = daysOf(2026).filter((date) => {
      const weekend = [0, 6].includes(chinaWeekday(date));
      const expected = NOTICE_2026.workdays.includes(date) ? false : weekend || inRanges(date, NOTICE_2026.rest);
      return chinaRestDays.isRestDay(date) !== expected;
    });
    expect(wrong).toEqual([]);
    // 104 weekend days + 19 holidays on weekdays − 6 make-up Saturdays and Sundays.
    expect(daysOf(2026).filter((d) => chinaRestDays.isRestDay(d))).toHaveLength(117);
    expect(chinaRestDays.status('2026-12-31')).toBe('published');
  });

  it('has every statutory day inside the published 2025 and 2026 arrangements', () => {
    for (const year of [2025, 2026]) {
      expect(statutoryHolidays(year).days.filter((d) => !chinaRestDays.isRestDay(d.date))).toEqual([]);
    }
  });

  it('knows the years whose notices the package carries, and no later one', () => {
    const years = chinaRestDays.publishedYears();
    expect(years[years.length - 1]).toBe(2026);
    expect(years).toContain(2025);
    expect(years).not.toContain(2027);
  });

  it('treats a year without a notice as provisional: weekends and the statutory days are rest days', () => {
    expect(chinaRestDays.status('2027-01-01')).toBe('provisional');
    expect(chinaRestDays.isRestDay('2027-01-01')).toBe(true); // 元旦, a Friday
    expect(chinaRestDays.isRestDay('2027-01-04')).toBe(false);
    expect(['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09'].map((d) => chinaRestDays.isRestDay(d))).toEqual([
      false, // 腊月二十八
      true, // 除夕
      true, // 初三 (a Monday)
      false, // 初四: the notice may add it, the statute does not
    ]);
    expect(['2027-04-05', '2027-06-09', '2027-09-15', '2027-10-01'].every((d) => chinaRestDays.isRestDay(d))).toBe(true);
    // The rest days of 2027 are its weekends plus the statutory days falling on weekdays.
    const statutory = new Set(statutoryHolidays(2027).days.map((d) => d.date));
    const rest = daysOf(2027).filter((d) => chinaRestDays.isRestDay(d));
    const weekends = daysOf(2027).filter((d) => [0, 6].includes(chinaWeekday(d)));
    expect(rest).toHaveLength(weekends.length + [...statutory].filter((d) => ![0, 6].includes(chinaWeekday(d))).length);
  });

  it('stops being provisional once the year is recorded, and then follows the notice', () => {
    const recorded = chinaRestDays.withArrangements([
      { year: 2027, restDays: ['2027-01-01', '2027-01-02', '2027-01-03'], workdays: ['2027-01-09'] },
    ]);
    expect(recorded.status('2027-06-01')).toBe('published');
    expect(recorded.isRestDay('2027-01-09')).toBe(false); // a Saturday made a working day
    expect(recorded.isRestDay('2027-06-09')).toBe(false); // only what the recorded notice says
    expect(recorded.isRestDay('2026-10-01')).toBe(true);
    expect(new ChinaRestDayCalendar([]).status('2026-10-01')).toBe('provisional');
  });

  it('a recorded year replaces what the package had of it, and a later recording the earlier one', () => {
    const corrected = chinaRestDays.withArrangements([{ year: 2026, restDays: ['2026-01-01'], workdays: [] }]);
    expect(chinaRestDays.isRestDay('2026-10-07')).toBe(true);
    expect(corrected.isRestDay('2026-10-07')).toBe(false); // the packaged notice's 国庆 bridge day is gone
    expect(corrected.isRestDay('2026-01-01')).toBe(true);
    const again = corrected.withArrangements([{ year: 2026, restDays: ['2026-10-07'], workdays: [] }]);
    expect([again.isRestDay('2026-01-01'), again.isRestDay('2026-10-07')]).toEqual([false, true]);
  });

  it('refuses a year it can answer neither as published nor as provisional, instead of calling it all working days', () => {
    expect(chinaRestDays.knows(2036)).toBe(false);
    expect(() => chinaRestDays.isRestDay('2036-01-28')).toThrow(CalendarYearUnknownError);
    expect(() => chinaRestDays.status('2036-06-01')).toThrow(
      expect.objectContaining({ code: 'CALENDAR_YEAR_UNKNOWN', details: { year: 2036 } }),
    );
    const recorded = chinaRestDays.withArrangements([{ year: 2036, restDays: ['2036-01-01'], workdays: [] }]);
    expect([recorded.knows(2036), recorded.status('2036-06-01'), recorded.isRestDay('2036-01-01')]).toEqual([true, 'published', true]);
  });

  it('refuses what is not a date', () => {
    expect(() => chinaRestDays.isRestDay('2026-02-30')).toThrow(RangeError);
    expect(() => chinaRestDays.isRestDay('tomorrow')).toThrow(RangeError);
  });
});
