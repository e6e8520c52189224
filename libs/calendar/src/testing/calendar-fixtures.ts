import { DayInput } from '../domain/recorded-days';

const span = (dates: string[], name: string): DayInput[] => dates.map((date) => ({ date, kind: 'holiday', name }));

/**
 * A whole 2027 arrangement as an administrator might record it, for tests: not the State Council's
 * notice (unpublished when written). Against the provisional 2027 it makes 初四–初六 (02-09…02-11),
 * 05-03 and 10-04/05 rest days and the Saturday 02-20 a working day.
 */
export const ARRANGEMENT_2027: readonly DayInput[] = [
  { date: '2027-01-01', kind: 'holiday', name: '元旦' },
  ...span(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'], '春节'),
  { date: '2027-02-20', kind: 'workday', name: '春节' },
  { date: '2027-04-05', kind: 'holiday', name: '清明' },
  ...span(['2027-05-01', '2027-05-02', '2027-05-03'], '劳动节'),
  { date: '2027-06-09', kind: 'holiday', name: '端午' },
  { date: '2027-09-15', kind: 'holiday', name: '中秋' },
  ...span(['2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05'], '国庆节'),
];
