import { chinaRestDays } from './china-rest-days';
import { addWorkingDays, calendarDaysSpanning, fullWorkingDaysBetween, workingDaysBetween } from './working-days';

describe('whole working days between two China dates', () => {
  it('counts neither end and skips weekends', () => {
    // Mon 2026-11-23 → Fri 2026-11-27: Tue, Wed, Thu.
    expect(fullWorkingDaysBetween(chinaRestDays, '2026-11-23', '2026-11-27')).toBe(3);
    // Fri → next Tue: only Monday (Saturday and Sunday rest).
    expect(fullWorkingDaysBetween(chinaRestDays, '2026-11-27', '2026-12-01')).toBe(1);
    expect(fullWorkingDaysBetween(chinaRestDays, '2026-11-27', '2026-11-27')).toBe(0);
    expect(fullWorkingDaysBetween(chinaRestDays, '2026-11-28', '2026-11-27')).toBe(0);
  });

  it('skips the National Day holiday and counts its 调休 Saturday as a working day', () => {
    // Tue 2026-09-29: Sep 30 works, Oct 1–7 rest, Oct 8 and 9 work; Sat Oct 10 is a make-up working day.
    expect(fullWorkingDaysBetween(chinaRestDays, '2026-09-29', '2026-10-08')).toBe(1);
    expect(fullWorkingDaysBetween(chinaRestDays, '2026-09-29', '2026-10-10')).toBe(3);
    expect(fullWorkingDaysBetween(chinaRestDays, '2026-09-29', '2026-10-12')).toBe(4);
  });

  it('asks the calendar it is given (a year recorded by hand)', () => {
    const everyDayOff = { isRestDay: () => true };
    expect(fullWorkingDaysBetween(everyDayOff, '2027-01-01', '2027-02-01')).toBe(0);
  });
});

describe('working days (for escalations and deadlines)', () => {
  it('counts the working days after one date up to another, skipping weekends and 国庆', () => {
    expect(workingDaysBetween(chinaRestDays, '2026-11-27', '2026-11-30')).toBe(1); // Friday → Monday
    expect(workingDaysBetween(chinaRestDays, '2026-11-30', '2026-11-30')).toBe(0);
    expect(workingDaysBetween(chinaRestDays, '2026-09-30', '2026-10-08')).toBe(1); // 国庆 1–7 October
    expect(workingDaysBetween(chinaRestDays, '2026-11-30', '2026-11-27')).toBe(-1);
  });

  it('counts a make-up Saturday (调休) as a working day', () => {
    // 2026: the Sunday 2026-09-20 and the Saturday 2026-10-10 are working days in the packaged notice.
    expect(chinaRestDays.isRestDay('2026-10-10')).toBe(false);
    expect(workingDaysBetween(chinaRestDays, '2026-10-09', '2026-10-11')).toBe(1);
  });

  it('adds working days across a holiday', () => {
    expect(addWorkingDays(chinaRestDays, '2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays(chinaRestDays, '2026-11-27', 0)).toBe('2026-11-27');
    expect(addWorkingDays(chinaRestDays, '2026-11-27', 3)).toBe('2026-12-02');
    expect(() => addWorkingDays(chinaRestDays, '2026-11-27', -1)).toThrow(RangeError);
  });

  it('the two agree: n working days added are n working days between', () => {
    for (const n of [1, 5, 10, 30]) {
      const end = addWorkingDays(chinaRestDays, '2026-09-25', n);
      expect(workingDaysBetween(chinaRestDays, '2026-09-25', end)).toBe(n);
      expect(Date.parse(end) - Date.parse('2026-09-25')).toBeLessThanOrEqual(calendarDaysSpanning(n) * 86400_000);
    }
  });
});
