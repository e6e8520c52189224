import { createHash } from 'node:crypto';
import { isWellFormedCategoryCode, parentOf } from './category-code';

/** One row of a category table: a code, its name, and its parent (one level up; null for a 门类). */
export interface CategoryRow {
  readonly code: string;
  readonly name: string;
  readonly parent: string | null;
}

/** One problem with a table: 1-based line of the file (0 for the file as a whole), the column, a stable code, Chinese words. */
export interface CategoryTableProblem {
  readonly row: number;
  readonly column: 'code' | 'name' | 'parent' | 'file';
  readonly problem: CategoryTableProblemCode;
  readonly message: string;
}

export type CategoryTableProblemCode =
  | 'EMPTY_TABLE'
  | 'MISSING_HEADER'
  | 'TOO_MANY_COLUMNS'
  | 'CODE_MALFORMED'
  | 'CODE_DUPLICATE'
  | 'NAME_EMPTY'
  | 'PARENT_WRONG'
  | 'PARENT_MISSING';

const MAX_NAME_LENGTH = 100;

/** Hash of the rows in code order, so the same table from a differently ordered or re-encoded file hashes the same. */
export function contentHashOf(rows: readonly CategoryRow[]): string {
  const canonical = [...rows].sort((a, b) => a.code.localeCompare(b.code)).map((r) => [r.code, r.name, r.parent ?? '']);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/** Splits one CSV line (RFC 4180 quoting, no line breaks inside fields). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

export interface ParsedCategoryTable {
  readonly rows: CategoryRow[];
  readonly problems: CategoryTableProblem[];
}

/**
 * Reads a CSV of the official table: a header `code,name[,parent]` (or 代码,名称[,上级代码]), then one row a
 * category. The whole file is checked and every problem reported with its line; a table with any problem
 * is not loaded at all. Without a parent column a row's parent is the code one level up.
 */
export function parseCategoryTableCsv(csv: string): ParsedCategoryTable {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const problems: CategoryTableProblem[] = [];
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.toLowerCase());
  const known = { code: ['code', '代码', '分类代码'], name: ['name', '名称', '分类名称'], parent: ['parent', '上级代码', '上级'] };
  const col = (k: keyof typeof known) => header.findIndex((h) => known[k].includes(h));
  const [codeAt, nameAt, parentAt] = [col('code'), col('name'), col('parent')];
  if (codeAt < 0 || nameAt < 0) {
    problems.push({
      row: 1,
      column: 'file',
      problem: 'MISSING_HEADER',
      message: '第1行应为表头 code,name[,parent]（或 代码,名称[,上级代码]）',
    });
    return { rows: [], problems };
  }
  const rows: CategoryRow[] = [];
  const lineOfRow: number[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const row = i + 2;
    const f = splitCsvLine(line);
    if (f.length > header.length) {
      problems.push({ row, column: 'file', problem: 'TOO_MANY_COLUMNS', message: `第${row}行的列数多于表头（${header.length}列）` });
    }
    const code = f[codeAt] ?? '';
    const name = f[nameAt] ?? '';
    const given = parentAt >= 0 ? (f[parentAt] ?? '') : undefined;
    rows.push({ code, name, parent: given === undefined ? parentOf(code) : given === '' ? null : given });
    lineOfRow.push(row);
  });
  problems.push(...validateCategoryRows(rows, (index) => lineOfRow[index]));
  if (rows.length === 0 && problems.length === 0)
    problems.push({ row: 0, column: 'file', problem: 'EMPTY_TABLE', message: '分类表没有任何数据行' });
  return { rows, problems };
}

/** Whole-table rules: well-formed codes, no duplicates, non-empty names, each parent the code one level up and listed. */
export function validateCategoryRows(
  rows: readonly CategoryRow[],
  lineOf: (index: number) => number = (i) => i + 2,
): CategoryTableProblem[] {
  const problems: CategoryTableProblem[] = [];
  const codes = new Map<string, number>();
  rows.forEach((r, i) => {
    if (isWellFormedCategoryCode(r.code) && !codes.has(r.code)) codes.set(r.code, i);
  });
  rows.forEach((r, i) => {
    const row = lineOf(i);
    if (!isWellFormedCategoryCode(r.code)) {
      problems.push({
        row,
        column: 'code',
        problem: 'CODE_MALFORMED',
        message: `第${row}行代码“${r.code}”不是“字母+8位数字、四级每级两位”的分类代码（如 A02010105）`,
      });
      return;
    }
    if (codes.get(r.code) !== i) {
      problems.push({
        row,
        column: 'code',
        problem: 'CODE_DUPLICATE',
        message: `第${row}行代码 ${r.code} 与第${lineOf(codes.get(r.code)!)}行重复`,
      });
    }
    if (r.name.trim() === '' || r.name.length > MAX_NAME_LENGTH) {
      problems.push({ row, column: 'name', problem: 'NAME_EMPTY', message: `第${row}行名称为空或超过${MAX_NAME_LENGTH}个字符` });
    }
    const expected = parentOf(r.code);
    if (r.parent !== expected) {
      problems.push({
        row,
        column: 'parent',
        problem: 'PARENT_WRONG',
        message: `第${row}行上级代码应为 ${expected ?? '空（门类）'}，而不是 ${r.parent ?? '空'}`,
      });
    } else if (expected !== null && !codes.has(expected)) {
      problems.push({ row, column: 'parent', problem: 'PARENT_MISSING', message: `第${row}行的上级 ${expected} 不在表中` });
    }
  });
  return problems;
}
