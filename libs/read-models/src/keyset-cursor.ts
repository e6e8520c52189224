import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Keyset pages, one format for every list: a cursor is the last row's sort key, its parts joined by
 * `.`, and the next page holds the rows strictly after it in descending order. Stable while rows are
 * added, unlike offsets. Each list's query DTO states the exact shape it accepts.
 */
export function encodeCursor(parts: readonly (string | number | bigint)[]): string {
  return parts.map(String).join('.');
}

/** The cursor's parts, or null when it does not have `arity` parts (a cursor of another sort order: ignored). */
export function decodeCursor(cursor: string, arity: number): string[] | null {
  const parts = cursor.split('.');
  return parts.length === arity ? parts : null;
}

/** Restricts the query to rows after the cursor, by the given sort columns (descending). */
export function pageAfter<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  columns: readonly string[],
  cursor: string | undefined,
): void {
  if (!cursor) return;
  const parts = decodeCursor(cursor, columns.length);
  if (!parts) return;
  const params = Object.fromEntries(parts.map((p, i) => [`cursor${i}`, p]));
  qb.andWhere(`(${columns.join(', ')}) < (${parts.map((_, i) => `:cursor${i}`).join(', ')})`, params);
}

/** The cursor of the next page: rows were fetched with limit + 1, so one more row means there is a next page. */
export function nextCursorOf<T>(rows: readonly T[], limit: number, key: (row: T) => readonly (string | number | bigint)[]): string | null {
  return rows.length > limit ? encodeCursor(key(rows[limit - 1])) : null;
}
