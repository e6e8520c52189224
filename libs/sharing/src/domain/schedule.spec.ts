import { chinaCalendar, RestDayCalendar } from './rest-day-calendar';
import { findSlot, Schedule, slotsOverlapping, slotsStartingOn } from './schedule';

// Weekends are rest days, 2026-10-01 is a holiday, 2026-10-10 (a Saturday) is a make-up working day.
const calendar: RestDayCalendar = {
  isRestDay: (date) => {
    if (date === '2026-10-01') return true;
    if (date === '2026-10-10') return false;
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    return day === 0 || day === 6;
  },
};

const parking: Schedule = {
  windows: [
    { days: 'workdays', start: '18:30', end: '07:30' },
    { days: 'rest_days', start: '08:00', end: '21:30' },
  ],
  slotMinutes: 780,
  capacity: 120,
  horizonDays: 14,
  minNoticeMinutes: 30,
};

describe('sharing schedule (错峰共享时段)', () => {
  it('opens a workday evening window that runs past midnight, in China time', () => {
    expect(slotsStartingOn(parking, '2026-11-23', calendar)).toEqual([
      { start: '2026-11-23T10:30:00.000Z', end: '2026-11-23T23:30:00.000Z' },
    ]);
  });

  it('opens the rest-day window on weekends and holidays, not the workday one', () => {
    const track: Schedule = { ...parking, slotMinutes: 90 };
    const sunday = slotsStartingOn(track, '2026-11-22', calendar);
    expect(sunday[0]).toEqual({ start: '2026-11-22T00:00:00.000Z', end: '2026-11-22T01:30:00.000Z' });
    expect(sunday).toHaveLength(9); // 08:00–21:30 in 90-minute slots
    expect(slotsStartingOn(track, '2026-10-01', calendar).map((s) => s.start)[0]).toBe('2026-10-01T00:00:00.000Z');
  });

  it('treats a make-up working day (调休) as a workday', () => {
    expect(slotsStartingOn(parking, '2026-10-10', calendar)).toEqual([
      { start: '2026-10-10T10:30:00.000Z', end: '2026-10-10T23:30:00.000Z' },
    ]);
  });

  it('finds a slot after midnight in the window that opened the evening before', () => {
    const hourly: Schedule = { ...parking, slotMinutes: 60 };
    expect(findSlot(hourly, '2026-11-23T18:30:00.000Z', calendar)).toEqual({
      start: '2026-11-23T18:30:00.000Z',
      end: '2026-11-23T19:30:00.000Z',
    });
    expect(findSlot(hourly, '2026-11-23T18:45:00.000Z', calendar)).toBeNull();
    expect(findSlot(hourly, '2026-11-23T03:00:00.000Z', calendar)).toBeNull();
  });

  it('lists the slots a blackout touches', () => {
    const hourly: Schedule = { ...parking, slotMinutes: 60 };
    const touched = slotsOverlapping(hourly, '2026-11-23T22:00:00.000Z', '2026-11-24T00:00:00.000Z', calendar);
    expect(touched.map((s) => s.start)).toEqual(['2026-11-23T21:30:00.000Z', '2026-11-23T22:30:00.000Z']);
  });

  it("knows China's published calendar: National Day is a rest day, its make-up Saturday is not", () => {
    expect(chinaCalendar.isRestDay('2026-10-01')).toBe(true);
    expect(chinaCalendar.isRestDay('2026-11-23')).toBe(false);
    expect(chinaCalendar.isRestDay('2026-11-22')).toBe(true);
    const makeUp = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10)).filter(
      (d) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) && !chinaCalendar.isRestDay(d),
    );
    expect(makeUp.length).toBeGreaterThan(0);
  });

  it('opens the rest-day window on 1 January 2027, a statutory holiday in a year without a notice yet', () => {
    // A Friday: without the statute it would be a workday with only the evening window.
    expect(slotsStartingOn(parking, '2027-01-01', chinaCalendar)).toEqual([
      { start: '2027-01-01T00:00:00.000Z', end: '2027-01-01T13:00:00.000Z' },
    ]);
    expect(chinaCalendar.status('2027-01-01')).toBe('provisional');
    expect(findSlot(parking, '2027-01-01T10:30:00.000Z', chinaCalendar)).toBeNull();
    // The last evening of 2026 (a Thursday, published) still runs past midnight into the new year.
    expect(findSlot(parking, '2026-12-31T10:30:00.000Z', chinaCalendar)).toEqual({
      start: '2026-12-31T10:30:00.000Z',
      end: '2026-12-31T23:30:00.000Z',
    });
  });

  it('answers the same in any server time zone: Saturday rest, Monday work, month and year ends', () => {
    const kinds = ['2026-11-28', '2026-11-30', '2026-02-28', '2026-10-10', '2026-12-31', '2027-01-02'].map((d) =>
      chinaCalendar.isRestDay(d) ? 'rest' : 'work',
    );
    // 2026-02-28 and 2026-10-10 are Saturdays made working days (调休).
    expect(kinds).toEqual(['rest', 'work', 'work', 'work', 'work', 'rest']);
  });
});
