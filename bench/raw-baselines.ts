/**
 * What raw PostgreSQL does with the same rows, measured in the same run as the project's figure:
 * the baselines the benchmarks divide by.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export const secondsSince = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

/**
 * Dumps `tables` of schema `from`, then times loading them with server-side COPY into fresh tables and
 * building the indexes `indexSchema`'s tables of those names have, then ANALYZE: the fastest way
 * PostgreSQL itself has to the same end state. With `indexesFirst` the indexes exist before the load
 * (as for an append path, which cannot defer them).
 */
export async function copyBaseline(
  url: string,
  from: string,
  tables: string[],
  { indexSchema = 'public', indexesFirst = false } = {},
): Promise<{ seconds: number; rows: number }> {
  const dump = mkdtempSync(join(tmpdir(), 'bench-copy-'));
  chmodSync(dump, 0o777); // the server writes and reads the files as its own user
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    let rows = 0;
    for (const table of tables) {
      const result = await client.query(`COPY ${from}.${table} TO '${join(dump, table)}'`);
      rows += result.rowCount ?? 0;
    }
    const indexes = await client.query<{ table: string; def: string }>(
      `SELECT c.relname AS table, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
         JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $2 AND c.relname = ANY($1)`,
      [tables, indexSchema],
    );
    const buildIndexes = async () => {
      for (const { table, def } of indexes.rows)
        await client.query(def.replace(` ON ${indexSchema}.${table} `, ` ON copy_baseline.${table} `));
    };
    await client.query('CREATE SCHEMA copy_baseline');
    for (const table of tables)
      await client.query(`CREATE TABLE copy_baseline.${table} (LIKE ${indexSchema}.${table} INCLUDING ALL EXCLUDING INDEXES)`);
    const started = process.hrtime.bigint();
    if (indexesFirst) await buildIndexes();
    for (const table of tables) await client.query(`COPY copy_baseline.${table} FROM '${join(dump, table)}'`);
    if (!indexesFirst) await buildIndexes();
    await client.query('ANALYZE ' + tables.map((t) => `copy_baseline.${t}`).join(', '));
    const took = secondsSince(started);
    await client.query('DROP SCHEMA copy_baseline CASCADE');
    return { seconds: took, rows };
  } finally {
    await client.end();
    rmSync(dump, { recursive: true, force: true });
  }
}

/** Reads every row of a query through a server-side cursor, 10,000 at a time: the raw cost of fetching them (connection already open). */
export async function readRaw(client: Client, sql: string, params: unknown[] = []): Promise<number> {
  let rows = 0;
  await client.query('BEGIN');
  await client.query(`DECLARE raw NO SCROLL CURSOR FOR ${sql}`, params);
  for (;;) {
    const { rowCount } = await client.query('FETCH 10000 FROM raw');
    if (!rowCount) break;
    rows += rowCount;
  }
  await client.query('COMMIT');
  return rows;
}

/** Median milliseconds of `runs` runs after one warm-up. */
export async function medianMs(runs: number, once: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  await once();
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    await once();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}
