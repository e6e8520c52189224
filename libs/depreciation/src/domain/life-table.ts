import guide from './life-table.guide-2017.json';
import { isMonth } from './months';

/**
 * 折旧年限表 as data. A row names a category code prefix and its useful life in years (null: 不计提折旧).
 * A code finds its row by its significant prefix: the trailing "00" pairs are dropped (A020000 and
 * A02000000 are both "A02"; A020100 and A02010000 both "A0201"), and the longest row prefix that
 * starts it wins, so the 7-character codes of today and the 9-character codes of GB/T 14885-2022
 * read the same row.
 */
export interface LifeTableRow {
  /** Letter and whole two-digit levels, e.g. A02, A0201, A020101. */
  readonly prefix: string;
  readonly name: string;
  /** Useful life in whole years; null for what is not depreciated (land, 文物和陈列品, 图书和档案, 动植物 …). */
  readonly years: number | null;
  /** Where the figure comes from (the guide's row, a 主管部门 notice …). */
  readonly basis: string;
}

export interface LifeTable {
  /** 0 is the table shipped with the system; loaded ones count up from 1. */
  readonly version: number;
  /** First month (YYYY-MM) the table governs. */
  readonly effectiveFrom: string;
  readonly source: string;
  readonly rows: readonly LifeTableRow[];
}

export const PREFIX_PATTERN = /^A(\d{2}){1,4}$/;

/** A code without its trailing "00" pairs: A02010000 → A0201, A020000 → A02. */
export function significantPrefix(code: string): string {
  let end = code.length;
  while (end > 3 && code.slice(end - 2, end) === '00') end -= 2;
  return code.slice(0, end);
}

export type LifeLookup =
  | { readonly kind: 'life'; readonly months: number; readonly row: LifeTableRow }
  | { readonly kind: 'not_depreciated'; readonly row: LifeTableRow }
  | { readonly kind: 'unknown' };

/** The row for a category code: the longest prefix of the table that starts the code's significant prefix. */
export function lifeOf(table: LifeTable, categoryCode: string): LifeLookup {
  const code = significantPrefix(categoryCode);
  let best: LifeTableRow | null = null;
  for (const row of table.rows) {
    if (code.startsWith(row.prefix) && (best === null || row.prefix.length > best.prefix.length)) best = row;
  }
  if (best === null) return { kind: 'unknown' };
  return best.years === null ? { kind: 'not_depreciated', row: best } : { kind: 'life', months: best.years * 12, row: best };
}

/** The table in force for a month: the latest version effective at or before it (version 0 when none). */
export function tableInForce(tables: readonly LifeTable[], month: string): LifeTable {
  let found = SHIPPED_LIFE_TABLE;
  for (const t of tables) if (t.effectiveFrom <= month && t.version >= found.version) found = t;
  return found;
}

/** The table shipped with the system (version 0), from the guide; see the JSON file for its sources. */
export const SHIPPED_LIFE_TABLE: LifeTable = {
  version: 0,
  effectiveFrom: guide.effectiveFrom,
  source: guide.source,
  rows: guide.rows as LifeTableRow[],
};

/** Problems of a table's rows, field by field; empty when it can be loaded. */
export function lifeTableProblems(rows: readonly LifeTableRow[], effectiveFrom: string): { field: string; problem: string }[] {
  const problems: { field: string; problem: string }[] = [];
  if (!isMonth(effectiveFrom)) problems.push({ field: 'effectiveFrom', problem: 'not a month YYYY-MM' });
  if (rows.length === 0) problems.push({ field: 'rows', problem: 'no rows' });
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (!PREFIX_PATTERN.test(row.prefix) || significantPrefix(row.prefix) !== row.prefix) {
      problems.push({ field: `rows[${i}].prefix`, problem: `${row.prefix} is not a category prefix such as A02 or A0201` });
    } else if (seen.has(row.prefix)) problems.push({ field: `rows[${i}].prefix`, problem: `${row.prefix} appears twice` });
    seen.add(row.prefix);
    if (row.years !== null && !(Number.isInteger(row.years) && row.years >= 1 && row.years <= 100)) {
      problems.push({ field: `rows[${i}].years`, problem: 'years must be a whole number from 1 to 100, or empty for 不计提折旧' });
    }
  });
  return problems;
}
