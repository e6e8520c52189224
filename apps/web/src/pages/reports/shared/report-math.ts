import { formatFen } from '../../../lib/money';

const CHINA_OFFSET_MS = 8 * 3600_000;

/** A report period of China dates [from, to] as the API's [from, to) instants. */
export function periodQuery(fromDate: string, toDate: string): { from: string; to: string } {
  const start = Date.parse(`${fromDate}T00:00:00.000Z`) - CHINA_OFFSET_MS;
  const end = Date.parse(`${toDate}T00:00:00.000Z`) - CHINA_OFFSET_MS + 86400_000;
  return { from: new Date(start).toISOString(), to: new Date(end).toISOString() };
}

/** China date `days` after (or before) another. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * 86400_000).toISOString().slice(0, 10);
}

/**
 * One row per known key, in the known order: rows the API left out (nothing happened) read zero,
 * so an empty unit or class is shown, not dropped. Rows for keys not in the list follow.
 */
export function zeroFill<R, K extends string>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => string, zero: (key: K) => R): R[] {
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  const known = new Set<string>(keys);
  return [...keys.map((k) => byKey.get(k) ?? zero(k)), ...rows.filter((r) => !known.has(keyOf(r)))];
}

/** 分 → 元 for a chart axis, through the money formatter's text (no floating-point arithmetic on the amount). */
export function fenToYuanNumber(fen: number | string | bigint): number {
  return Number(formatFen(fen).replace(/[¥,]/g, ''));
}

/** A ratio (0.1234) as a percentage with one decimal, "12.3%"; null reads "—". */
export function formatRatio(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined) return '—';
  return `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}
