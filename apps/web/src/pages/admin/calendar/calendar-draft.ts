import { ApiError } from '../../../api/errors';

export interface DraftDay {
  date: string;
  kind: 'holiday' | 'workday';
  name: string | null;
}

export interface DayProblem {
  row: number;
  field: string;
  problem: string;
  message: string;
}

/** The draft with this day in it: a day already listed is replaced (one kind a date), the list kept in date order. */
export function upsertDay(draft: readonly DraftDay[], day: DraftDay): DraftDay[] {
  return [...draft.filter((d) => d.date !== day.date), day].sort((a, b) => a.date.localeCompare(b.date));
}

export function removeDay(draft: readonly DraftDay[], date: string): DraftDay[] {
  return draft.filter((d) => d.date !== date);
}

/** Whether two lists name the same days with the same kinds and names (saving it again would change nothing). */
export function sameDays(a: readonly DraftDay[], b: readonly DraftDay[]): boolean {
  const key = (days: readonly DraftDay[]) =>
    JSON.stringify([...days].sort((x, y) => x.date.localeCompare(y.date)).map((d) => [d.date, d.kind, d.name ?? null]));
  return key(a) === key(b);
}

/** 0 Sunday … 6 Saturday of a China date, computed on the date's own digits. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The rows a refused recording names (CALENDAR_DAYS_INVALID), or null for any other error. */
export function dayProblemsOf(error: unknown): DayProblem[] | null {
  if (!(error instanceof ApiError) || error.code !== 'CALENDAR_DAYS_INVALID') return null;
  const problems = error.body.details?.problems;
  return Array.isArray(problems) ? (problems as DayProblem[]) : [];
}

/** The draft as a CSV the import reads back (date,kind,name), for keeping or editing elsewhere. */
export function draftCsv(draft: readonly DraftDay[]): string {
  const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return ['date,kind,name', ...draft.map((d) => `${d.date},${d.kind},${cell(d.name ?? '')}`)].join('\n');
}
