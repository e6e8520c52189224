import { CalendarYearState } from '@app/calendar';
import { chinaRestDays } from '@app/shared';
import { Schedule } from '@app/sharing';
import { changeAffecting, dayChangesByDate } from './affected-bookings';

const evenings: Schedule = {
  windows: [{ days: 'workdays', start: '18:00', end: '20:00' }],
  slotMinutes: 120,
  capacity: 5,
  horizonDays: 90,
  minNoticeMinutes: 0,
};
const everyDay: Schedule = { ...evenings, windows: [{ days: 'every_day', start: '18:00', end: '20:00' }] };
const version = (n: number, at: string, restDay: boolean): CalendarYearState['versions'][number] => ({
  version: n,
  days: restDay ? [{ date: '2027-02-09', kind: 'holiday', name: '春节' }] : [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }],
  source: '',
  via: 'form',
  recordedBy: 'admin',
  recordedAt: at,
  changes: [{ date: '2027-02-09', restDay }],
});
const slot = new Date('2027-02-09T10:00:00.000Z'); // 18:00 China time
const holidayNow = chinaRestDays.withArrangements([{ year: 2027, restDays: ['2027-02-09'], workdays: [] }]);

describe('which bookings a recording of the calendar affects', () => {
  const once = dayChangesByDate(new Map([[2027, { versions: [version(1, '2026-12-01T02:00:00.000Z', true)] }]]));

  it('a booking made before its day became a holiday, whose workday slot is gone, is affected; one made after is not', () => {
    const before = { slotStart: slot, placedAt: new Date('2026-11-30T00:00:00Z'), schedule: evenings };
    expect(changeAffecting(before, once, holidayNow)).toMatchObject({ date: '2027-02-09', restDay: true, version: 1, name: '春节' });
    expect(changeAffecting({ ...before, placedAt: new Date('2026-12-02T00:00:00Z') }, once, holidayNow)).toBeNull();
  });

  it('a slot still offered (every-day window) is not affected, and a change undone by a later recording cancels out', () => {
    const placedAt = new Date('2026-11-30T00:00:00Z');
    expect(changeAffecting({ slotStart: slot, placedAt, schedule: everyDay }, once, holidayNow)).toBeNull();
    const undone = dayChangesByDate(
      new Map([[2027, { versions: [version(1, '2026-12-01T02:00:00.000Z', true), version(2, '2026-12-05T02:00:00.000Z', false)] }]]),
    );
    // Even on a calendar where the slot is gone, two flips since the booking leave its day as it was.
    expect(changeAffecting({ slotStart: slot, placedAt, schedule: evenings }, undone, holidayNow)).toBeNull();
  });
});
