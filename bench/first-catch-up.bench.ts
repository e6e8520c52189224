/**
 * The projector's first catch-up on a long history with empty read models, as deployed (its own process):
 * once replaying event by event through the live projections, once building in bulk (BulkCatchUp), on the
 * same city and database, side by side with raw PostgreSQL COPYing the same output rows.
 * Run: npm run build && node dist/bench/first-catch-up.bench.js   (CATCH_UP_ASSETS, default 200,000 ≈ 350k events)
 */
import { ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { internationalSuite } from '@app/crypto';
import { PostgresEventStore } from '@app/event-store';
import { startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { runMigrations } from '@app/platform/database/migrate';
import { allProjections } from '@app/read-models/projections';
import { ReadModelRebuilder } from '@app/read-models/rebuild/read-model-rebuilder';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { writeBenchmarkSection } from './benchmarks-file';
import { generateCity } from './city-history';
import { copyBaseline } from './raw-baselines';
import { removeServerFolders } from './server-folders';
import { childrenOf, peakRssOf } from './process-memory';

const ASSETS = Number(process.env.CATCH_UP_ASSETS ?? 200_000);
const PROJECTOR_MAIN = join(__dirname, '..', 'apps', 'projector', 'src', 'main.js');

const peakMiB = (pid: number) => peakRssOf(pid) / 2 ** 20;

interface CatchUp {
  seconds: number;
  projectorMiB: number;
  buildMiB: number;
}

/** Starts the projector and waits until every read model has applied every event; memory sampled meanwhile. */
async function catchUp(url: string, sql: Client, total: number, bulkFrom: number): Promise<CatchUp> {
  const models = allProjections(internationalSuite).length;
  const started = process.hrtime.bigint();
  const projector: ChildProcess = spawn(process.execPath, [PROJECTOR_MAIN], {
    env: { ...process.env, DATABASE_URL: url, PROJECTOR_BULK_FROM_EVENTS: String(bulkFrom) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const peaks = { projectorMiB: 0, buildMiB: 0 };
  try {
    for (;;) {
      peaks.projectorMiB = Math.max(peaks.projectorMiB, peakMiB(projector.pid!));
      for (const child of childrenOf(projector.pid!)) peaks.buildMiB = Math.max(peaks.buildMiB, peakMiB(child));
      const { rows } = await sql.query<{ n: string | null; k: string }>(
        'SELECT min(events_applied) AS n, count(*) AS k FROM projection_checkpoints',
      );
      if (Number(rows[0].k) === models && Number(rows[0].n) >= total) break;
      if (projector.exitCode !== null) throw new Error(`the projector exited with ${projector.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return { seconds: Number(process.hrtime.bigint() - started) / 1e9, ...peaks };
  } finally {
    projector.kill('SIGTERM');
    await new Promise((resolve) => projector.once('exit', resolve));
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-catch-up-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'catchup', durable: true });
  process.env.AUDIT_SIGNING_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const store = new PostgresEventStore({ connectionString: pg.url });
  const sql = new Client({ connectionString: pg.url });
  let body = '';
  try {
    await runMigrations(pg.url, DATABASE_SCHEMA);
    await sql.connect();
    const city = await generateCity(pg.url, ASSETS);
    const tables = await new ReadModelRebuilder(store, pg.url, internationalSuite).tables();
    const load = loadavg()[0];
    const bulk = await catchUp(pg.url, sql, city.events, 20_000);
    const baseline = await copyBaseline(pg.url, 'public', tables);
    await sql.query(`TRUNCATE ${tables.join(', ')}`);
    await sql.query('VACUUM ANALYZE');
    const live = await catchUp(pg.url, sql, city.events, 0);
    const rate = (s: number) => `${Math.round(city.events / s).toLocaleString('en')} ev/s`;
    const row = (what: string, run: CatchUp) =>
      `| ${what} | ${run.seconds.toFixed(1)} s (${rate(run.seconds)}) | **${(baseline.seconds / run.seconds).toFixed(2)}** | ${run.projectorMiB.toFixed(0)} MiB | ${run.buildMiB ? `${run.buildMiB.toFixed(0)} MiB` : '—'} |`;
    body = [
      `City of ${ASSETS.toLocaleString('en')} assets (bench/city-history): ${city.events.toLocaleString('en')} events → ${baseline.rows.toLocaleString('en')} rows in ${tables.length} tables, every read model empty. The projector as deployed, its own process, default settings apart from PROJECTOR_BULK_FROM_EVENTS; the time runs from its start until every read model has applied every event. Raw baseline (same run): COPY of the output rows into fresh tables, then the same indexes and ANALYZE: ${baseline.seconds.toFixed(1)} s (${rate(baseline.seconds)}). Ratio = baseline time ÷ catch-up time.`,
      '',
      '| first catch-up | time | ratio to COPY | projector peak RSS | bulk build process peak RSS |',
      '| --- | ---: | ---: | ---: | ---: |',
      row('bulk build of the empty read models, then following (PROJECTOR_BULK_FROM_EVENTS=20000, the default)', bulk),
      row('event by event through the live projections (PROJECTOR_BULK_FROM_EVENTS=0, as before)', live),
      '',
      `Bulk ÷ event by event: ${(live.seconds / bulk.seconds).toFixed(2)}× faster. PostgreSQL backend, durable settings (fsync, synchronous_commit on). Machine load average (1 min) at the start: ${load.toFixed(1)}, at the end: ${loadavg()[0].toFixed(1)}.`,
    ].join('\n');
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await sql.end().catch(() => undefined);
    await store.close();
    await pg.stop();
    removeServerFolders(dir, pg);
  }
  console.log(body);
  if (!process.exitCode)
    writeBenchmarkSection('first-catch-up', 'First catch-up of empty read models: bulk build against event by event', body);
}

void main();
