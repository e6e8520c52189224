import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Writing many rows in one statement: `INSERT … SELECT FROM unnest($1::type[], …)`, one array
 * parameter per column, sent through the transaction's own connection. The entity's metadata names
 * the columns and their types (read once per entity); building the parameters is plain code, so a
 * batch of a thousand rows costs one round trip and almost no time in Node.
 */
interface Shape {
  table: string;
  columns: readonly ColumnMetadata[];
  /** SQL for each column's parameter: array columns travel as their literal text and are cast back. */
  params: readonly string[];
  selects: readonly string[];
}

const shapes = new WeakMap<object, Shape>();

function shapeOf(tx: EntityManager, entity: EntityTarget<ObjectLiteral>): Shape {
  const metadata = tx.connection.getMetadata(entity);
  const known = shapes.get(metadata);
  if (known) return known;
  const columns = metadata.columns;
  const typeOf = (c: ColumnMetadata) => tx.connection.driver.normalizeType(c);
  const shape: Shape = {
    table: metadata.tablePath,
    columns,
    params: columns.map((c, i) => (c.isArray ? `$${i + 1}::text[]` : `$${i + 1}::${typeOf(c)}[]`)),
    selects: columns.map((c, i) => (c.isArray ? `c${i}::${typeOf(c)}[]` : `c${i}`)),
  };
  shapes.set(metadata, shape);
  return shape;
}

/** PostgreSQL's array literal for a text-like array, quoted element by element (a NUL-free string is all it can hold). */
export function arrayLiteral(values: readonly unknown[] | null | undefined): string | null {
  if (values === null || values === undefined) return null;
  const quoted = values.map((v) => (v === null || v === undefined ? 'NULL' : `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`));
  return `{${quoted.join(',')}}`;
}

function parameter(column: ColumnMetadata, rows: readonly ObjectLiteral[]): unknown[] {
  const key = column.propertyName;
  if (column.isArray) return rows.map((r) => arrayLiteral(r[key] as unknown[] | null | undefined));
  if (column.type === 'jsonb' || column.type === 'json')
    return rows.map((r) => (r[key] === null || r[key] === undefined ? null : JSON.stringify(r[key])));
  return rows.map((r) => {
    const value: unknown = r[key];
    if (value === undefined) return null;
    if (value instanceof Date) return value.toISOString();
    return value;
  });
}

export interface BulkOptions {
  /** Columns (property names) of the unique key a row may already hold. */
  conflict: readonly string[];
  /** On a row already there: take the new values (an upsert) or keep the stored row (insert once). */
  onConflict: 'update' | 'nothing';
}

/**
 * Inserts `rows` in one statement (or upserts them, see BulkOptions). No two rows may share the
 * conflict key: PostgreSQL refuses to touch one row twice in a statement, so callers fold a batch
 * to one row per key first.
 */
export async function bulkWrite<T extends ObjectLiteral>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly T[],
  options?: BulkOptions,
): Promise<void> {
  if (rows.length === 0) return;
  const shape = shapeOf(tx, entity);
  const names = shape.columns.map((c) => `"${c.databaseName}"`);
  const byProperty = new Map(shape.columns.map((c) => [c.propertyName, `"${c.databaseName}"`]));
  let conflict = '';
  if (options) {
    const target = options.conflict.map((p) => byProperty.get(p) ?? p).join(', ');
    const updates = names.filter((n) => !options.conflict.some((p) => byProperty.get(p) === n)).map((n) => `${n} = EXCLUDED.${n}`);
    conflict =
      options.onConflict === 'update' && updates.length > 0
        ? ` ON CONFLICT (${target}) DO UPDATE SET ${updates.join(', ')}`
        : ` ON CONFLICT (${target}) DO NOTHING`;
  }
  const aliases = shape.columns.map((_, i) => `c${i}`).join(', ');
  const sql =
    `INSERT INTO ${shape.table} (${names.join(', ')}) SELECT ${shape.selects.join(', ')} ` +
    `FROM unnest(${shape.params.join(', ')}) AS u(${aliases})${conflict}`;
  await tx.query(
    sql,
    shape.columns.map((c) => parameter(c, rows)),
  );
}

/**
 * The stored rows whose `key` column is one of `keys`, in one query, as plain objects shaped like
 * the entity (dates as 'YYYY-MM-DD' text, as TypeORM gives them).
 */
export async function bulkRead<T extends ObjectLiteral>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  key: keyof T & string,
  keys: readonly unknown[],
): Promise<T[]> {
  if (keys.length === 0) return [];
  const shape = shapeOf(tx, entity);
  const column = shape.columns.find((c) => c.propertyName === key);
  if (!column) throw new Error(`${shape.table} has no column ${key}`);
  const selects = shape.columns.map((c) => `"${c.databaseName}"${c.type === 'date' ? '::text' : ''} AS "${c.propertyName}"`);
  return tx.query<T[]>(
    `SELECT ${selects.join(', ')} FROM ${shape.table} WHERE "${column.databaseName}" = ANY($1::${tx.connection.driver.normalizeType(column)}[])`,
    [keys],
  );
}
