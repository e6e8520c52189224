import { chinaRestDays } from './china-rest-days';
import { fullWorkingDaysBetween } from './working-days';

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
