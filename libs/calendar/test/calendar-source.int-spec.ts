import { randomUUID } from 'node:crypto';
import { EventStore } from '@app/event-store';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { Actor, CalendarYearUnknownError, CommandContext } from '@app/shared';
import { bothBackends } from '@test/support/both-backends';
import { CalendarSource } from '../src/commands/calendar.source';
import { calendarYearDecider } from '../src/domain/calendar-year.decider';
import { calendarYearStreamId } from '../src/domain/calendar.events';
import { DayInput } from '../src/domain/recorded-days';

const admin: Actor = { userId: 'admin', role: 'system_admin', departmentId: null, displayName: '系统管理员' };
const context = (): CommandContext => {
  const commandId = randomUUID();
  return { actor: admin, commandId, correlationId: commandId, causationId: commandId, now: new Date('2026-12-01T02:00:00Z') };
};
const record = (store: EventStore, year: number, days: DayInput[]) =>
  executeOnStream(
    store,
    calendarYearStreamId(year),
    calendarYearDecider,
    { kind: 'RecordCalendarYear', actor: admin, now: '2026-12-01T02:00:00.000Z', year, days, source: '', via: 'form' },
    context(),
  );

/** The calendar every context reads, on both event-store backends: recorded years first, refreshed from the streams. */
describe.each(bothBackends('cal'))('CalendarSource on %s', (_name, open) => {
  let store: EventStore;
  let stop: () => Promise<void>;
  beforeAll(async () => ({ store, stop } = await open()));
  afterAll(async () => {
    await store.close();
    await stop();
  });

  it('answers from the package before a year is recorded, and from the recording after, in this and another process', async () => {
    const here = new CalendarSource(store);
    const elsewhere = new CalendarSource(store);
    const before = await here.calendarFor('2027-02-01', '2027-02-28');
    expect([before.status('2027-02-09'), before.isRestDay('2027-02-09'), before.isRestDay('2027-02-20')]).toEqual([
      'provisional',
      false,
      true,
    ]);
    await elsewhere.calendarFor('2027-02-01', '2027-02-28'); // folded (empty) before the recording
    await record(store, 2027, [
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-02-09', kind: 'holiday', name: '春节' },
      { date: '2027-02-20', kind: 'workday', name: '春节' },
    ]);
    for (const source of [here, elsewhere]) {
      const after = await source.calendarFor('2027-02-01', '2027-02-28');
      expect([after.status('2027-02-09'), after.isRestDay('2027-02-09'), after.isRestDay('2027-02-20')]).toEqual([
        'published',
        true,
        false,
      ]);
    }
    // The recording replaces the provisional year: the 8th (初三) is a working day again, the 9th a holiday.
    expect(await here.workingDaysBetween('2027-02-05', '2027-02-12')).toBe(4);
    expect(await here.addWorkingDays('2027-02-05', 2)).toBe('2027-02-10');
  });

  it('refuses a year with neither a recording nor data, until one is recorded', async () => {
    const source = new CalendarSource(store);
    await expect(source.calendarFor('2036-01-01', '2036-01-07')).rejects.toThrow(CalendarYearUnknownError);
    await record(store, 2036, [{ date: '2036-01-01', kind: 'holiday', name: '元旦' }]);
    const calendar = await source.calendarFor('2036-01-01', '2036-01-07');
    expect([calendar.isRestDay('2036-01-01'), calendar.isRestDay('2036-01-02')]).toEqual([true, false]);
  });
});
