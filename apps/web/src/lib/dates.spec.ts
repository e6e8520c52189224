import { chinaInstant, formatDate, formatDateTime, todayInChina } from './dates';

describe('dates in the pages are China time', () => {
  it('shows an instant as the China date and 24-hour time', () => {
    expect(formatDate('2026-11-23T17:00:00Z')).toBe('2026-11-24');
    expect(formatDateTime('2026-11-23T10:30:00Z')).toBe('2026-11-23 18:30');
    expect(formatDate('2023-05-10')).toBe('2023-05-10');
    expect(formatDate(null)).toBe('—');
  });

  it('knows the China day and turns a China time into an instant', () => {
    expect(todayInChina(new Date('2026-11-27T16:30:00Z'))).toBe('2026-11-28');
    expect(chinaInstant('2026-11-30', '23:59')).toBe('2026-11-30T15:59:00.000Z');
  });
});
