import { Actor } from '@app/shared';
import { deciderSpec } from '@app/shared/testing/decider-spec';
import { calendarYearDecider, RecordCalendarYear } from './calendar-year.decider';
import { CalendarYearRecorded } from './calendar.events';
import { ARRANGEMENT_2027 } from '../testing/calendar-fixtures';
import { DayInput, parseCalendarCsv } from './recorded-days';

const admin: Actor = { userId: 'admin', role: 'system_admin', departmentId: null, displayName: '系统管理员' };
const manager: Actor = { userId: 'mgr-sch1', role: 'asset_manager', departmentId: 'D-SCH1', displayName: '管理员' };
const NOW = '2026-12-01T02:00:00.000Z';

const days2027: DayInput[] = [...ARRANGEMENT_2027];
const record = (days: readonly DayInput[], actor = admin, year = 2027): RecordCalendarYear => ({
  kind: 'RecordCalendarYear',
  actor,
  now: NOW,
  year,
  days,
  source: '国办发明电〔2026〕X号',
  via: 'form',
});
const recorded = (version: number, days: DayInput[], changes: { date: string; restDay: boolean }[]): CalendarYearRecorded => ({
  type: 'calendar.year-recorded.v1',
  data: {
    year: 2027,
    version,
    days: days.map((d) => ({ date: d.date, kind: d.kind as 'holiday' | 'workday', name: d.name ?? null })),
    source: '国办发明电〔2026〕X号',
    via: 'form',
    recordedBy: 'admin',
    recordedAt: NOW,
    changes,
  },
});

describe('recording a year of holidays and make-up working days (放假安排)', () => {
  const spec = deciderSpec(calendarYearDecider);
  // Against the provisional 2027 (weekends and the statutory days): 初四–初六, 5-03 and 10-04/05 become rest days, a Saturday a working day.
  const firstChanges = [
    { date: '2027-02-09', restDay: true },
    { date: '2027-02-10', restDay: true },
    { date: '2027-02-11', restDay: true },
    { date: '2027-02-20', restDay: false },
    { date: '2027-05-03', restDay: true },
    { date: '2027-10-04', restDay: true },
    { date: '2027-10-05', restDay: true },
  ];

  it('records version 1 with who and when, and the days whose rest-day status it changes', () => {
    spec
      .given([])
      .when(record(days2027))
      .then([recorded(1, days2027, firstChanges)]);
  });

  it('re-recording the same days writes nothing (idempotent); other days make version 2, changed against version 1', () => {
    spec
      .given([recorded(1, days2027, firstChanges)])
      .when(record([...days2027].reverse()))
      .then([]);
    const fewer = days2027.filter((d) => d.date !== '2027-02-11' && d.date !== '2027-02-20');
    spec
      .given([recorded(1, days2027, firstChanges)])
      .when(record(fewer))
      .then([
        recorded(2, fewer, [
          { date: '2027-02-11', restDay: false },
          { date: '2027-02-20', restDay: true },
        ]),
      ]);
  });

  it('refuses every bad row at once, naming its row and field: date outside the year, duplicate, unknown kind, long name, weekday 补班', () => {
    spec
      .given([])
      .when(
        record([
          { date: '2026-12-31', kind: 'holiday' },
          { date: '2027-02-30', kind: 'holiday' },
          { date: '2027-01-01', kind: 'holiday', name: '元旦' },
          { date: '2027-01-01', kind: 'holiday' },
          { date: '2027-03-01', kind: 'vacation' },
          { date: '2027-10-01', kind: 'holiday', name: '国'.repeat(51) },
          { date: '2027-02-22', kind: 'workday' },
        ]),
      )
      .thenError('CALENDAR_DAYS_INVALID', {
        problemCount: 6,
        problems: [
          expect.objectContaining({ row: 1, field: 'date', problem: 'DATE_OUTSIDE_YEAR' }),
          expect.objectContaining({ row: 2, field: 'date', problem: 'DATE_INVALID' }),
          expect.objectContaining({ row: 4, field: 'date', problem: 'DATE_DUPLICATE', message: expect.stringContaining('第3行') }),
          expect.objectContaining({ row: 5, field: 'kind', problem: 'KIND_INVALID' }),
          expect.objectContaining({ row: 6, field: 'name', problem: 'NAME_TOO_LONG' }),
          expect.objectContaining({ row: 7, field: 'kind', problem: 'WORKDAY_NOT_WEEKEND' }),
        ],
      });
  });

  it('accepts a 50-character name, and refuses a list without any holiday', () => {
    const long = [{ date: '2027-01-01', kind: 'holiday', name: '元'.repeat(50) }];
    expect(Array.isArray(calendarYearDecider.decide(record(long), calendarYearDecider.initialState()))).toBe(true);
    spec
      .given([])
      .when(record([{ date: '2027-02-20', kind: 'workday' }]))
      .thenError('CALENDAR_DAYS_INVALID', { problems: [expect.objectContaining({ problem: 'NO_HOLIDAY' })] });
  });

  it('only the system administrator records, and only years 2000–2100', () => {
    spec.given([]).when(record(days2027, manager)).thenError('CALENDAR_ADMIN_ONLY');
    spec
      .given([])
      .when(record(days2027, admin, 2101))
      .thenError('CALENDAR_YEAR_INVALID', { field: 'year' });
  });

  it('a year nobody could answer before (2036) is recorded without a list of changes: no booking can stand on it', () => {
    const days = [{ date: '2036-01-01', kind: 'holiday', name: '元旦' }];
    const events = calendarYearDecider.decide(record(days, admin, 2036), calendarYearDecider.initialState());
    expect(events).toEqual([expect.objectContaining({ data: expect.objectContaining({ year: 2036, version: 1, changes: [] }) })]);
  });
});

describe('the CSV of a year (date,kind[,name])', () => {
  it('reads lines with their numbers, skipping a header and blank lines; 休 and 班 are accepted kinds', () => {
    const parsed = parseCalendarCsv('\uFEFFdate,kind,name\r\n2027-01-01,holiday,元旦\n\n2027-02-20,班,"春节, 补班"\n');
    expect(parsed).toEqual({
      days: [
        { date: '2027-01-01', kind: 'holiday', name: '元旦', line: 2 },
        { date: '2027-02-20', kind: '班', name: '春节, 补班', line: 4 },
      ],
      problems: [],
    });
    const spec = deciderSpec(calendarYearDecider);
    spec
      .given([])
      .when({ ...record(parsed.days), via: 'csv' })
      .then([
        expect.objectContaining({
          data: expect.objectContaining({
            via: 'csv',
            days: [
              { date: '2027-01-01', kind: 'holiday', name: '元旦' },
              { date: '2027-02-20', kind: 'workday', name: '春节, 补班' },
            ],
          }),
        }),
      ] as unknown as CalendarYearRecorded[]);
  });

  it('names a line with too few or too many columns', () => {
    expect(parseCalendarCsv('2027-01-01\n2027-01-02,holiday,元旦,extra').problems).toEqual([
      expect.objectContaining({ row: 1, problem: 'COLUMNS' }),
      expect.objectContaining({ row: 2, problem: 'COLUMNS' }),
    ]);
  });
});
