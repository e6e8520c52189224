/**
 * A realistic city: 200 departments, CITY_ASSETS assets (default 1,000,000), and a couple of
 * million events across registration, corrections, relocations, warehouse listings and transfers
 * (see city-history). The read models are then built by the real projections.
 * Run: npm run bench:city   (CITY_ASSETS=50000 for a quicker run)
 */
import { internationalSuite } from '@app/crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { generateKeyPairSync } from 'node:crypto';
import { PostgresEventStore } from '@app/event-store';
import { startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { dataSourceOptions, runMigrations } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { SearchQueries } from '@app/read-models/search/search.queries';
import { ListingVisibility } from '@app/read-models/marketplace/listing-visibility';
import { ReportQueries } from '@app/read-models/reports/reports.queries';
import { AssetHistoryQueries } from '@app/read-models/asset-history/asset-history.queries';
import { CategoryCatalog } from '@app/assets';
import { DepartmentDirectory } from '@app/shared';
import { ProjectionRunner } from '../apps/projector/src/projection-runner';
import { allProjections } from '@app/read-models/projections';
import { writeBenchmarkSection } from './benchmarks-file';
import { dept, DEPARTMENTS, generateCity } from './city-history';

const ASSETS = Number(process.env.CITY_ASSETS ?? 1_000_000);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-city-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'city', durable: true });
  process.env.AUDIT_SIGNING_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const out: string[] = [];
  let peakRss = 0;
  let searchSummary: string[] = [];
  /** Written after every stage: a later stage failing cannot lose what was measured before it. */
  const publish = (complete: boolean) => {
    const body = [
      '| measure | size | time | rate |',
      '| --- | --- | ---: | ---: |',
      ...out,
      `| peak memory of the benchmark process (generator + projector + queries) | | ${(peakRss / 2 ** 20).toFixed(0)} MiB | |`,
      ...searchSummary,
      ...(complete ? [] : ['', '(run still in progress when this was written)']),
    ].join('\n');
    if (complete) console.log(body);
    writeBenchmarkSection('city', `City scale: ${ASSETS.toLocaleString('en')} assets`, body);
  };
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
  const store = new PostgresEventStore({ connectionString: pg.url });
  const ds = new DataSource({ ...dataSourceOptions(pg.url, DATABASE_SCHEMA), extra: { max: 20 } });
  try {
    await runMigrations(pg.url, DATABASE_SCHEMA);
    const generated = await generateCity(pg.url, ASSETS);
    out.push(
      `| bulk load through the deciders | ${generated.events.toLocaleString('en')} events for ${ASSETS.toLocaleString('en')} assets, ${DEPARTMENTS} departments | ${generated.seconds.toFixed(0)} s | ${Math.round(generated.events / generated.seconds).toLocaleString('en')} events/s |`,
    );

    await ds.initialize();
    const runners = allProjections(internationalSuite).map((p) => new ProjectionRunner(store, ds, p));
    const projStart = process.hrtime.bigint();
    for (const r of runners) r.start();
    const slowest: Record<string, number> = {};
    for (;;) {
      const rows = await ds.query<{ name: string; events_applied: string }[]>('SELECT name, events_applied FROM projection_checkpoints');
      for (const r of rows)
        if (Number(r.events_applied) >= generated.events && slowest[r.name] === undefined)
          slowest[r.name] = Number(process.hrtime.bigint() - projStart) / 1e9;
      if (rows.length === runners.length && rows.every((r) => Number(r.events_applied) >= generated.events)) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const projSeconds = Number(process.hrtime.bigint() - projStart) / 1e9;
    await Promise.all(runners.map((r) => r.stop()));
    out.push(
      `| all ${runners.length} projections from scratch, concurrently | ${generated.events.toLocaleString('en')} events each | ${projSeconds.toFixed(0)} s | ${Math.round(generated.events / projSeconds).toLocaleString('en')} events/s per projection |`,
    );
    out.push(
      `| … each projection done after | ${Object.entries(slowest)
        .map(([n, s]) => `${n} ${s.toFixed(0)} s`)
        .join(', ')} | | |`,
    );
    publish(false);
    await ds.query('VACUUM ANALYZE');

    const search = new SearchQueries(ds, new ListingVisibility(DepartmentDirectory.demo()));
    // A department's view: listings pass the internal-window visibility check, as for any department user.
    const viewer = { role: 'asset_manager' as const, departmentId: dept(1) };
    const cases: [string, Record<string, unknown>][] = [
      ['2-character Chinese substring', { q: '计算' }],
      ['3-character Chinese substring', { q: '打印机' }],
      ['pinyin initials', { q: 'tsjsj' }],
      ['asset number', { q: `${dept(17)}-4` }],
      ['门类 + department', { categoryClass: 'A050000', departmentId: dept(42) }],
      ['value range + kind', { kind: ['asset'], minValueFen: 1_000_000, maxValueFen: 1_100_000 }],
      ['listings in one 门类', { kind: ['listing'], status: 'listed', categoryClass: 'A020000' }],
      ['no filter (newest first)', {}],
      ['text + facets', { q: '空调', facets: 'true' }],
      ['department + facets', { departmentId: dept(99), facets: 'true' }],
    ];
    const all: number[] = [];
    const perCase: string[] = [];
    for (const [label, query] of cases) {
      const times: number[] = [];
      for (let i = 0; i < 30; i++) {
        const t = process.hrtime.bigint();
        await search.search({ limit: 20, ...query } as never, viewer);
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      times.sort((a, b) => a - b);
      all.push(...times);
      perCase.push(`| ${label} | ${percentile(times, 50).toFixed(1)} ms | ${percentile(times, 95).toFixed(1)} ms |`);
    }
    all.sort((a, b) => a - b);

    searchSummary = [
      '',
      `Search over ${ASSETS.toLocaleString('en')} assets plus listings and spaces (30 runs each, PostgreSQL durable, after VACUUM ANALYZE): overall p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms.`,
      '',
      '| search | p50 | p95 |',
      '| --- | ---: | ---: |',
      ...perCase,
    ];
    publish(false);
    const reports = new ReportQueries(ds, new AssetHistoryQueries(ds), CategoryCatalog.standard());
    const timed = async (label: string, f: () => Promise<unknown>) => {
      const t = process.hrtime.bigint();
      await f();
      out.push(`| report: ${label} | | ${(Number(process.hrtime.bigint() - t) / 1e9).toFixed(1)} s | |`);
      publish(false);
    };
    await timed('register summary (live)', () => reports.registerSummary());
    await timed('reuse (盘活) for the year', () => reports.reuse(new Date('2025-01-01'), new Date('2026-12-31')));
    await timed('long-idle (>90 days)', () => reports.longIdle(90, new Date()));
    await timed('register summary as of 2025-06-30 (asset history)', () => reports.registerSummary(new Date('2025-06-30T00:00:00Z')));
    await timed('idle rate for 2025 (asset history)', () => reports.idleRate(new Date('2025-01-01'), new Date('2026-01-01')));

    publish(true);
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    clearInterval(sampler);
    if (ds.isInitialized) await ds.destroy();
    await store.close();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
