import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Writing many rows in one statement: the rows travel as one JSON document (`JSON.stringify` of the
 * row objects, done natively) that PostgreSQL turns back into typed columns with
 * `json_to_recordset`, sent through the transaction's own connection. The entity's metadata names
 * the columns and their types (read once per entity), so a batch of a thousand rows costs one round
 * trip and almost no time in Node: no parameter per value, no escaping value by value.
 */
interface Shape {
  table: string;
  columns: readonly ColumnMetadata[];
  /** The record the JSON is read as: each property with its column's type. */
  record: string;
  binary: readonly string[];
}

const shapes = new WeakMap<object, Shape>();

function shapeOf(tx: EntityManager, entity: EntityTarget<ObjectLiteral>): Shape {
  const metadata = tx.connection.getMetadata(entity);
  const known = shapes.get(metadata);
  if (known) return known;
  const columns = metadata.columns;
  const typeOf = (c: ColumnMetadata) => `${tx.connection.driver.normalizeType(c)}${c.isArray ? '[]' : ''}`;
  const shape: Shape = {
    table: metadata.tablePath,
    columns,
    record: columns.map((c) => `"${c.propertyName}" ${typeOf(c)}`).join(', '),
    binary: columns.filter((c) => c.type === 'bytea').map((c) => c.propertyName),
  };
  shapes.set(metadata, shape);
  return shape;
}

/** The rows as JSON; binary values as PostgreSQL's hex text (JSON has no bytes). */
function rowsJson(shape: Shape, rows: readonly ObjectLiteral[]): string {
  if (shape.binary.length === 0) return JSON.stringify(rows);
  return JSON.stringify(
    rows.map((row) => {
      const copy: ObjectLiteral = { ...row };
      for (const key of shape.binary) if (Buffer.isBuffer(copy[key])) copy[key] = `\\x${(copy[key] as Buffer).toString('hex')}`;
      return copy;
    }),
  );
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
  const properties = shape.columns.map((c) => `"${c.propertyName}"`);
  await tx.query(
    `INSERT INTO ${shape.table} (${names.join(', ')}) SELECT ${properties.join(', ')} FROM json_to_recordset($1::json) AS r(${shape.record})${conflict}`,
    [rowsJson(shape, rows)],
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
