import { chinaWeekday, isCalendarDate } from '@app/shared';
import { RecordedDay, RecordedDayKind } from './calendar.events';

export const MAX_DAY_NAME_LENGTH = 50;
/** More rows than a year has days cannot be one year's arrangement. */
export const MAX_RECORDED_DAYS = 366;

/** A day as entered (form row or CSV line), before it is checked. */
export interface DayInput {
  readonly date: string;
  readonly kind: string;
  readonly name?: string | null;
  /** Where it was entered: the CSV line, else its place in the list (1-based). */
  readonly line?: number;
}

export type DayProblemCode =
  | 'DATE_INVALID'
  | 'DATE_OUTSIDE_YEAR'
  | 'DATE_DUPLICATE'
  | 'KIND_INVALID'
  | 'NAME_TOO_LONG'
  | 'WORKDAY_NOT_WEEKEND'
  | 'NO_HOLIDAY'
  | 'TOO_MANY_DAYS'
  | 'COLUMNS';

export interface DayProblem {
  /** The CSV line or the row of the form (1-based); 0 for the whole list. */
  readonly row: number;
  readonly field: 'date' | 'kind' | 'name' | 'days';
  readonly problem: DayProblemCode;
  readonly message: string;
}

/** Kinds as a CSV may spell them: the English words, or 休/班 as printed calendars mark the days. */
const KINDS: Readonly<Record<string, RecordedDayKind>> = {
  holiday: 'holiday',
  workday: 'workday',
  休: 'holiday',
  假: 'holiday',
  班: 'workday',
};

export const kindOf = (text: string): RecordedDayKind | null => KINDS[text.trim().toLowerCase()] ?? null;

/**
 * Every problem of a year's days, each naming its row: dates that exist and fall in the year, each
 * date once, kinds holiday or workday, names of at most 50 characters, make-up working days on
 * weekends only (a weekday is a working day anyway), and at least one holiday.
 */
export function checkRecordedDays(year: number, input: readonly DayInput[]): { days: RecordedDay[]; problems: DayProblem[] } {
  const problems: DayProblem[] = [];
  const days: RecordedDay[] = [];
  const seen = new Map<string, number>();
  if (input.length > MAX_RECORDED_DAYS) {
    problems.push({ row: 0, field: 'days', problem: 'TOO_MANY_DAYS', message: `一年最多录入 ${MAX_RECORDED_DAYS} 天` });
    return { days, problems };
  }
  input.forEach((d, i) => {
    const row = d.line ?? i + 1;
    const date = typeof d.date === 'string' ? d.date.trim() : '';
    const kind = typeof d.kind === 'string' ? kindOf(d.kind) : null;
    const name = typeof d.name === 'string' && d.name.trim() !== '' ? d.name.trim() : null;
    const before = problems.length;
    if (!isCalendarDate(date)) {
      problems.push({ row, field: 'date', problem: 'DATE_INVALID', message: `第${row}行日期“${date}”不是有效日期（格式 YYYY-MM-DD）` });
    } else if (Number(date.slice(0, 4)) !== year) {
      problems.push({ row, field: 'date', problem: 'DATE_OUTSIDE_YEAR', message: `第${row}行日期 ${date} 不在 ${year} 年内` });
    } else if (seen.has(date)) {
      problems.push({ row, field: 'date', problem: 'DATE_DUPLICATE', message: `第${row}行日期 ${date} 与第${seen.get(date)}行重复` });
    } else seen.set(date, row);
    if (!kind) {
      problems.push({
        row,
        field: 'kind',
        problem: 'KIND_INVALID',
        message: `第${row}行类型“${d.kind}”应为 holiday（放假）或 workday（补班）`,
      });
    } else if (kind === 'workday' && isCalendarDate(date) && ![0, 6].includes(chinaWeekday(date))) {
      problems.push({ row, field: 'kind', problem: 'WORKDAY_NOT_WEEKEND', message: `第${row}行 ${date} 是工作日，补班日应为周六或周日` });
    }
    if (name !== null && [...name].length > MAX_DAY_NAME_LENGTH) {
      problems.push({ row, field: 'name', problem: 'NAME_TOO_LONG', message: `第${row}行名称超过 ${MAX_DAY_NAME_LENGTH} 个字` });
    }
    if (problems.length === before && kind) days.push({ date, kind, name });
  });
  if (problems.length === 0 && !days.some((d) => d.kind === 'holiday')) {
    problems.push({ row: 0, field: 'days', problem: 'NO_HOLIDAY', message: `${year} 年的安排中没有放假日` });
  }
  return { days: days.sort((a, b) => a.date.localeCompare(b.date)), problems };
}

/** Splits one CSV line (RFC 4180 quoting, no line breaks inside fields). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

/**
 * Reads a simple CSV of a year's days, one a line: `date,kind[,name]` (a header line date,kind,name or
 * 日期,类型,名称 is skipped; blank lines too). Lines keep their number for the problems reported.
 */
export function parseCalendarCsv(csv: string): { days: DayInput[]; problems: DayProblem[] } {
  const days: DayInput[] = [];
  const problems: DayProblem[] = [];
  csv
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .forEach((text, i) => {
      const line = i + 1;
      if (text.trim() === '') return;
      const fields = splitCsvLine(text);
      if (line === 1 && /^(date|日期)$/i.test(fields[0])) return;
      if (fields.length < 2 || fields.length > 3) {
        problems.push({ row: line, field: 'days', problem: 'COLUMNS', message: `第${line}行应为“日期,类型[,名称]”两到三列` });
        return;
      }
      days.push({ date: fields[0], kind: fields[1], name: fields[2] ?? null, line });
    });
  return { days, problems };
}
