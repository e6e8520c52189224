import { summariseDays, weeksCovering } from './calendar-grid';

describe('resident booking calendar grid', () => {
  it('lays out weeks from Monday, leaving days outside the range empty', () => {
    // 2026-11-28 is a Saturday; 2026-12-01 a Tuesday.
    expect(weeksCovering('2026-11-28', '2026-12-01')).toEqual([
      [null, null, null, null, null, '2026-11-28', '2026-11-29'],
      ['2026-11-30', '2026-12-01', null, null, null, null, null],
    ]);
  });

  it('sums free places of open slots per day, leaving out suspended and past ones, and keeps the provisional mark', () => {
    const dateOf = (start: string) => start.slice(0, 10);
    const days = summariseDays(
      [
        { start: '2026-11-28T01:00:00.000Z', free: 3, waitlisted: 0, suspended: false },
        { start: '2026-11-28T02:00:00.000Z', free: 0, waitlisted: 2, suspended: false },
        { start: '2026-11-28T03:00:00.000Z', free: 5, waitlisted: 0, suspended: true },
        { start: '2027-01-01T03:00:00.000Z', free: 5, waitlisted: 0, suspended: false, provisional: true },
        { start: '2026-11-27T03:00:00.000Z', free: 5, waitlisted: 0, suspended: false },
      ],
      dateOf,
      Date.parse('2026-11-28T00:00:00.000Z'),
    );
    expect(days.get('2026-11-28')).toEqual({ slots: 2, free: 3, waitlisted: 2, provisional: false });
    expect(days.get('2027-01-01')).toEqual({ slots: 1, free: 5, waitlisted: 0, provisional: true });
    expect(days.get('2026-11-27')).toEqual({ slots: 0, free: 0, waitlisted: 0, provisional: false });
  });
});
