/**
 * Rebuild of every read model from a city's history, side by side with raw PostgreSQL writing the
 * same output rows: the rebuilt tables are dumped, then loaded again with COPY into fresh tables
 * that get the same indexes afterwards (the fastest way PostgreSQL itself has to those tables).
 * Run: npm run build && node dist/bench/rebuild.bench.js   (REBUILD_ASSETS, default 200,000 ≈ 350k events)
 */
import { internationalSuite } from '@app/crypto';
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { PostgresEventStore } from '@app/event-store';
import { startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { runMigrations } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { ReadModelRebuilder } from '@app/read-models/rebuild/read-model-rebuilder';
import { writeBenchmarkSection } from './benchmarks-file';
import { generateCity } from './city-history';

const ASSETS = Number(process.env.REBUILD_ASSETS ?? 200_000);
const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

/** COPY of the rebuilt rows into fresh tables, then the same indexes: returns the seconds it took and the rows. */
async function copyBaseline(url: string, from: string, tables: string[]): Promise<{ seconds: number; rows: number }> {
  const dump = mkdtempSync(join(tmpdir(), 'bench-rebuild-copy-'));
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
        WHERE n.nspname = 'public' AND c.relname = ANY($1)`,
      [tables],
    );
    await client.query('CREATE SCHEMA copy_baseline');
    const started = process.hrtime.bigint();
    for (const table of tables) {
      await client.query(`CREATE TABLE copy_baseline.${table} (LIKE public.${table} INCLUDING ALL EXCLUDING INDEXES)`);
      await client.query(`COPY copy_baseline.${table} FROM '${join(dump, table)}'`);
    }
    for (const { table, def } of indexes.rows) await client.query(def.replace(` ON public.${table} `, ` ON copy_baseline.${table} `));
    await client.query('ANALYZE ' + tables.map((t) => `copy_baseline.${t}`).join(', '));
    const took = seconds(started);
    await client.query('DROP SCHEMA copy_baseline CASCADE');
    return { seconds: took, rows };
  } finally {
    await client.end();
    rmSync(dump, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-rebuild-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'rebuild', durable: true });
  process.env.AUDIT_SIGNING_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const store = new PostgresEventStore({ connectionString: pg.url });
  const rows = ['| measure | raw baseline | this project | ratio |', '| --- | ---: | ---: | ---: |'];
  let context = '';
  try {
    await runMigrations(pg.url, DATABASE_SCHEMA);
    const city = await generateCity(pg.url, ASSETS);
    const rebuilder = new ReadModelRebuilder(store, pg.url, internationalSuite);
    const built = await rebuilder.buildShadow();
    const tables = await rebuilder.tables();
    const baseline = await copyBaseline(pg.url, built.schema, tables);
    const swapStart = process.hrtime.bigint();
    await rebuilder.swapIn(built.schema);
    const swap = seconds(swapStart);
    await rebuilder.drop(built.schema);
    const rate = (s: number) => `${Math.round(built.events / s).toLocaleString('en')} ev/s`;
    rows.push(
      `| rebuild of all read models, ${built.events.toLocaleString('en')} events → ${baseline.rows.toLocaleString('en')} rows | COPY of the output rows + indexes: ${baseline.seconds.toFixed(1)} s (${rate(baseline.seconds)}) | ${built.seconds.toFixed(1)} s (${rate(built.seconds)}) | **${(baseline.seconds / built.seconds).toFixed(2)}** |`,
      `| … each read model replayed after | | ${Object.entries(built.replayed)
        .sort((a, b) => a[1] - b[1])
        .map(([name, s]) => `${name} ${s.toFixed(1)} s`)
        .join(', ')}; then indexes and ANALYZE | |`,
      `| swap the rebuilt tables in (one transaction) | | ${swap.toFixed(2)} s | |`,
    );
    context = `City of ${ASSETS.toLocaleString('en')} assets (bench/city-history, ${city.events.toLocaleString('en')} events). PostgreSQL backend, durable settings (fsync, synchronous_commit on). The rebuild time includes building the shadow tables' indexes and ANALYZE; the baseline loads the dumped rows with server-side COPY into fresh tables, then builds the same indexes and runs ANALYZE. Ratio = baseline time / project time. Machine load average (1 min) at the end: ${loadavg()[0].toFixed(1)}.`;
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await store.close();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const body = `${rows.join('\n')}\n\n${context}`;
  console.log(body);
  if (!process.exitCode) writeBenchmarkSection('rebuild', 'Rebuild of every read model against COPY', body);
}

void main();
