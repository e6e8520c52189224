/**
 * Rebuild of every read model from a city's history, side by side with raw PostgreSQL writing the
 * same output rows: the rebuilt tables are dumped, then loaded again with COPY into fresh tables
 * that get the same indexes afterwards (the fastest way PostgreSQL itself has to those tables).
 * Run: npm run build && node dist/bench/rebuild.bench.js   (REBUILD_ASSETS, default 200,000 ≈ 350k events)
 */
import { internationalSuite } from '@app/crypto';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresEventStore } from '@app/event-store';
import { startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { runMigrations } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { ReadModelRebuilder } from '@app/read-models/rebuild/read-model-rebuilder';
import { writeBenchmarkSection } from './benchmarks-file';
import { removeServerFolders } from './server-folders';
import { generateCity } from './city-history';
import { copyBaseline, secondsSince as seconds } from './raw-baselines';

const ASSETS = Number(process.env.REBUILD_ASSETS ?? 200_000);

/**
 * CPU seconds the server's backends have used and ended (the postmaster's reaped children), from /proc:
 * the work a phase gave PostgreSQL, whatever else the machine was running meanwhile. Null off Linux.
 */
function serverCpuSeconds(dataDir: string): number | null {
  try {
    const pid = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0];
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // fields from the state on: utime, stime, cutime, cstime are the 12th to 15th, in clock ticks (100 a second)
    return fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0) / 100;
  } catch {
    return null;
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
    const cpuBefore = { server: serverCpuSeconds(pg.dataDir), node: process.cpuUsage() };
    const built = await rebuilder.buildShadow();
    const serverAfter = serverCpuSeconds(pg.dataDir);
    const nodeCpu = process.cpuUsage(cpuBefore.node);
    const cpu =
      serverAfter === null || cpuBefore.server === null
        ? ''
        : ` CPU used by the rebuild: PostgreSQL backends ${(serverAfter - cpuBefore.server).toFixed(1)} s, Node ${((nodeCpu.user + nodeCpu.system) / 1e6).toFixed(1)} s.`;
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
        .join(', ')}; then indexes and ANALYZE ${built.finishing.toFixed(1)} s | |`,
      `| … each read model's time in its transactions | | ${Object.entries(built.busy)
        .sort((a, b) => b[1] - a[1])
        .map(([name, s]) => `${name} ${s.toFixed(1)} s`)
        .join(', ')} | |`,
      `| swap the rebuilt tables in (one transaction) | | ${swap.toFixed(2)} s | |`,
    );
    context = `City of ${ASSETS.toLocaleString('en')} assets (bench/city-history, ${city.events.toLocaleString('en')} events). PostgreSQL backend, durable settings (fsync, synchronous_commit on). The rebuild time includes building the shadow tables' indexes and ANALYZE; the baseline loads the dumped rows with server-side COPY into fresh tables, then builds the same indexes and runs ANALYZE. Ratio = baseline time / project time. Machine load average (1 min) at the end: ${loadavg()[0].toFixed(1)}.${cpu} Peak memory of the Node process (the rows a rebuild holds between batches, see HeldRows): ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB.`;
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await store.close();
    await pg.stop();
    removeServerFolders(dir, pg);
  }
  const body = `${rows.join('\n')}\n\n${context}`;
  console.log(body);
  if (!process.exitCode) writeBenchmarkSection('rebuild', 'Rebuild of every read model against COPY', body);
}

void main();
