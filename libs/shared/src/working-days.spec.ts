import { chinaRestDays } from './china-rest-days';
import { addWorkingDays, calendarDaysSpanning, workingDaysBetween } from './working-days';

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
