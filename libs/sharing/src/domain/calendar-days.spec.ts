import { calendarDays, publishedHolidayName } from './calendar-days';
import { chinaCalendar, RestDayCalendar } from './rest-day-calendar';

describe('booking calendar days (节假日与调休)', () => {
  it('marks the National Day week of 2026 from the official calendar: holidays, a weekend inside it, and the 调休 Saturday', () => {
    const days = calendarDays('2026-09-30', '2026-10-10', chinaCalendar);
    const byDate = new Map(days.map((d) => [d.date, d]));
    expect(days).toHaveLength(11);
    expect(byDate.get('2026-09-30')).toMatchObject({ restDay: false, kind: 'workday', holiday: null });
    expect(byDate.get('2026-10-01')).toMatchObject({ restDay: true, kind: 'holiday', holiday: '国庆节' });
    // 2026-10-03 is a Saturday inside the holiday: it is named, as people see it as part of 国庆节.
    expect(byDate.get('2026-10-03')).toMatchObject({ restDay: true, kind: 'holiday', holiday: '国庆节' });
    expect(byDate.get('2026-10-08')).toMatchObject({ restDay: false, kind: 'workday' });
    expect(byDate.get('2026-10-10')).toMatchObject({ restDay: false, kind: 'makeup_workday', holiday: '国庆节' });
  });

  it('marks an ordinary weekend without a holiday name', () => {
    expect(calendarDays('2026-11-28', '2026-11-30', chinaCalendar)).toEqual([
      { date: '2026-11-28', restDay: true, kind: 'weekend', holiday: null, provisional: false },
      { date: '2026-11-29', restDay: true, kind: 'weekend', holiday: null, provisional: false },
      { date: '2026-11-30', restDay: false, kind: 'workday', holiday: null, provisional: false },
    ]);
  });

  it('follows the calendar it is given for rest days and says when a year is provisional', () => {
    const calendar: RestDayCalendar & { status(date: string): string } = {
      isRestDay: (date) => date === '2027-01-01' || [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()),
      status: (date) => (date.startsWith('2027') ? 'provisional' : 'published'),
    };
    const [eve, newYear] = calendarDays('2026-12-31', '2027-01-01', calendar, () => null);
    expect(eve).toMatchObject({ restDay: false, kind: 'workday', provisional: false });
    expect(newYear).toMatchObject({ restDay: true, kind: 'holiday', holiday: null, provisional: true });
  });

  it('names holidays from the published arrangements, and from the statutory days in a year not published yet', () => {
    expect(publishedHolidayName('2026-02-17')).toBe('春节');
    expect(publishedHolidayName('2026-11-30')).toBeNull();
    expect(publishedHolidayName('2031-10-02')).toBe('国庆节');
  });

  it('marks New Year 2027 as a provisional holiday by the official calendar (no notice for 2027 yet)', () => {
    expect(calendarDays('2027-01-01', '2027-01-01', chinaCalendar)).toEqual([
      { date: '2027-01-01', restDay: true, kind: 'holiday', holiday: '元旦', provisional: true },
    ]);
  });
});
