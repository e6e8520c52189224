/**
 * A realistic city: 200 departments, CITY_ASSETS assets (default 1,000,000), and a couple of
 * million events across registration, corrections, relocations, warehouse listings and transfers
 * (see city-history). The read models are then built by the real projections.
 * Run: npm run bench:city   (CITY_ASSETS=50000 for a quicker run)
 * CITY_DATA_DIR=<folder> keeps the database there; a later run given a folder that already holds a city
 * skips the load and the projection and measures the searches and reports again on it.
 */
import { internationalSuite } from '@app/crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { childrenOf, peakRssOf } from './process-memory';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { generateKeyPairSync } from 'node:crypto';
import { PostgresEventStore } from '@app/event-store';
import { startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { dataSourceOptions, runMigrations } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { API_HEAP_MB, heapCapFlag } from '@app/platform/process/api-heap';
import { SearchQueries } from '@app/read-models/search/search.queries';
import { ListingVisibility } from '@app/read-models/marketplace/listing-visibility';
import { ReportQueries } from '@app/read-models/reports/reports.queries';
import { AssetHistoryQueries } from '@app/read-models/asset-history/asset-history.queries';
import { CategoryCatalog } from '@app/assets';
import { Actor, DepartmentDirectory, ORG_STREAM_ID, OrgEvent } from '@app/shared';
import { allProjections } from '@app/read-models/projections';
import { writeBenchmarkSection } from './benchmarks-file';
import { removeServerFolders } from './server-folders';
import { CITY_AUDIT, dept, DEPARTMENTS, generateCity } from './city-history';
import { measureApiMemory } from './city-api-memory';
import { copyBaseline, medianMs, readRaw } from './raw-baselines';
import { percentile } from './load-loops';
import { ReadModelRebuilder } from '@app/read-models/rebuild/read-model-rebuilder';
import { Client } from 'pg';
import { loadavg } from 'node:os';

const ASSETS = Number(process.env.CITY_ASSETS ?? 1_000_000);
/** Asset 0: registered, relocated, listed and transferred (see city-history). */
const SAMPLE_ASSET = '00000000-0000-4000-8000-000000000000';

const ratio = (raw: number, project: number) => `**${(raw / project).toFixed(2)}**`;
const secs = (s: number) => `${s.toFixed(1)} s`;
const ms = (m: number) => `${m.toFixed(1)} ms`;

/** A process's peak resident memory (VmHWM), in bytes. */
async function main(): Promise<void> {
  const kept = process.env.CITY_DATA_DIR;
  const reuse = kept !== undefined && existsSync(join(kept, 'PG_VERSION'));
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'bench-city-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'city', durable: true });
  process.env.AUDIT_SIGNING_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const out: string[] = [];
  let peakRss = 0;
  let searchSummary: string[] = [];
  let apiMemory: string[] = [];
  let context = '';
  /** Written after every stage: a later stage failing cannot lose what was measured before it. */
  const publish = (complete: boolean) => {
    const body = [
      '| measure | size | raw baseline | this project | ratio |',
      '| --- | --- | ---: | ---: | ---: |',
      ...out,
      `| peak memory of the benchmark process (generator + queries) | | — | ${(peakRss / 2 ** 20).toFixed(0)} MiB | — |`,
      ...searchSummary,
      ...apiMemory,
      ...(context ? ['', context] : []),
      ...(complete ? [] : ['', '(run still in progress when this was written)']),
    ].join('\n');
    if (complete) console.log(body);
    writeBenchmarkSection('city', `City scale: ${ASSETS.toLocaleString('en')} assets`, body);
  };
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
  const store = new PostgresEventStore({ connectionString: pg.url });
  const ds = new DataSource({ ...dataSourceOptions(pg.url, DATABASE_SCHEMA), extra: { max: 20 } });
  /** The city written through the deciders, then the projector process building every read model from it. */
  const loadAndProject = async () => {
    const generated = await generateCity(pg.url, ASSETS);
    const evRate = (s: number) => `${Math.round(generated.events / s).toLocaleString('en')} ev/s`;
    // The same event rows COPYed into a fresh table that has the store's indexes from the start.
    const loadRaw = await copyBaseline(pg.url, 'event_store', ['events'], { indexSchema: 'event_store', indexesFirst: true });
    out.push(
      `| bulk load through the deciders | ${generated.events.toLocaleString('en')} events for ${ASSETS.toLocaleString('en')} assets, ${DEPARTMENTS} departments | COPY of the event rows, indexes in place: ${secs(loadRaw.seconds)} (${evRate(loadRaw.seconds)}) | ${secs(generated.seconds)} (${evRate(generated.seconds)}) | ${ratio(loadRaw.seconds, generated.seconds)} |`,
    );
    publish(false);

    await ds.initialize();
    // The projector as deployed: its own process, whose peak memory is read from the kernel at the end.
    const projections = allProjections(internationalSuite).length;
    const projector = spawn(process.execPath, [join(__dirname, '..', 'apps', 'projector', 'src', 'main.js')], {
      env: { ...process.env, DATABASE_URL: pg.url },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const projStart = process.hrtime.bigint();
    const slowest: Record<string, number> = {};
    // Empty read models on this long history are built in bulk by a process of the projector's own (BulkCatchUp).
    let buildPeak = 0;
    for (;;) {
      for (const child of childrenOf(projector.pid!)) buildPeak = Math.max(buildPeak, peakRssOf(child));
      const rows = await ds.query<{ name: string; events_applied: string }[]>('SELECT name, events_applied FROM projection_checkpoints');
      for (const r of rows)
        if (Number(r.events_applied) >= generated.events && slowest[r.name] === undefined)
          slowest[r.name] = Number(process.hrtime.bigint() - projStart) / 1e9;
      if (rows.length === projections && rows.every((r) => Number(r.events_applied) >= generated.events)) break;
      if (projector.exitCode !== null) throw new Error(`the projector exited with ${projector.exitCode}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const projSeconds = Number(process.hrtime.bigint() - projStart) / 1e9;
    const projectorPeak = peakRssOf(projector.pid!);
    projector.kill('SIGTERM');
    const tables = await new ReadModelRebuilder(store, pg.url, internationalSuite).tables();
    const projRaw = await copyBaseline(pg.url, 'public', tables);
    out.push(
      `| all ${projections} projections from scratch (the projector process: empty read models built in bulk, then followed) | ${generated.events.toLocaleString('en')} events → ${projRaw.rows.toLocaleString('en')} rows | COPY of the output rows + indexes: ${secs(projRaw.seconds)} (${evRate(projRaw.seconds)}) | ${secs(projSeconds)} (${evRate(projSeconds)}) | ${ratio(projRaw.seconds, projSeconds)} |`,
    );
    out.push(`| peak memory of the projector process during that catch-up | | — | ${(projectorPeak / 2 ** 20).toFixed(0)} MiB | — |`);
    out.push(
      `| peak memory of its bulk build's process (heap bounded by PROJECTOR_BULK_HEAP_MB) | | — | ${(buildPeak / 2 ** 20).toFixed(0)} MiB | — |`,
    );
    out.push(
      `| … each projection done after | ${Object.entries(slowest)
        .map(([n, s]) => `${n} ${s.toFixed(0)} s`)
        .join(', ')} | | | |`,
    );
    publish(false);
  };
  try {
    await runMigrations(pg.url, DATABASE_SCHEMA);
    if (reuse) {
      await ds.initialize();
      const [{ n }] = await ds.query<{ n: string }[]>('SELECT count(*) AS n FROM event_store.events');
      out.push(`| (the city already in ${dir}: ${Number(n).toLocaleString('en')} events, load and projection not repeated) | | | | |`);
    } else await loadAndProject();
    await ds.query('VACUUM ANALYZE');

    // The tree the API folds from `org-tree`, and the units each person covers, as the search route passes them.
    const directory = DepartmentDirectory.fromEvents(
      (await store.readStream(ORG_STREAM_ID)).map((e) => ({ type: e.type, data: e.data }) as OrgEvent),
    );
    const search = new SearchQueries(ds, new ListingVisibility(directory));
    const viewers: [string, Actor][] = [
      // A unit's asset manager: its own cards; listings pass the internal-window visibility check.
      ['unit manager', { userId: 'bench-manager', role: 'asset_manager', departmentId: dept(1), displayName: dept(1) }],
      // The city's auditor: every unit of the tree.
      ['city auditor', { userId: 'bench-auditor', role: 'auditor', departmentId: CITY_AUDIT, displayName: '市审计局' }],
    ];
    const cases: [string, Record<string, unknown>][] = [
      ['2-character Chinese substring', { q: '计算' }],
      ['3-character Chinese substring', { q: '打印机' }],
      ['pinyin initials', { q: 'tsjsj' }],
      ['asset number', { q: `${dept(17)}-4` }],
      ['门类 + department', { categoryClass: 'A05000000', departmentId: dept(42) }],
      ['value range + kind', { kind: ['asset'], minValueFen: 1_000_000, maxValueFen: 1_100_000 }],
      ['listings in one 门类', { kind: ['listing'], status: 'listed', categoryClass: 'A02000000' }],
      ['no filter (newest first)', {}],
      ['text + facets', { q: '空调', facets: 'true' }],
      ['department + facets', { departmentId: dept(99), facets: 'true' }],
    ];
    const raw = new Client({ connectionString: pg.url });
    await raw.connect();
    const all: number[] = [];
    const perCase: string[] = [];
    for (const [who, viewer] of viewers)
      for (const [label, query] of cases) {
        const times: number[] = [];
        let keys: string[] = [];
        const units = directory.visibleUnits(viewer);
        for (let i = 0; i < 30; i++) {
          const t = process.hrtime.bigint();
          const found = await search.search({ limit: 20, ...query } as never, viewer, units);
          times.push(Number(process.hrtime.bigint() - t) / 1e6);
          keys = found.items.map((h) => `${h.kind}:${h.id}`);
        }
        times.sort((a, b) => a - b);
        all.push(...times);
        // Raw: the same page of rows fetched by primary key, the least any search can cost.
        const fetched = await medianMs(15, () => raw.query('SELECT * FROM search_items WHERE item_key = ANY($1)', [keys]));
        const p50 = percentile(times, 0.5);
        perCase.push(
          `| ${label} (${who}) | ${keys.length} | ${ms(fetched)} | ${ms(p50)} | ${ms(percentile(times, 0.95))} | ${ratio(fetched, p50)} |`,
        );
      }
    all.sort((a, b) => a - b);

    searchSummary = [
      '',
      `Search over ${ASSETS.toLocaleString('en')} assets plus listings and spaces (30 runs each, as a unit's asset manager (D-C002: its own cards) and as the city's auditor (every unit of the tree), with the units the search route passes; PostgreSQL durable, after VACUUM ANALYZE): overall p50 ${percentile(all, 0.5).toFixed(1)} ms, p95 ${percentile(all, 0.95).toFixed(1)} ms. Raw baseline: the same page of rows read by primary key (median of 15); ratio = raw ÷ project p50.`,
      '',
      '| search | rows | raw baseline | p50 | p95 | ratio |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...perCase,
    ];
    publish(false);
    const reports = new ReportQueries(ds, new AssetHistoryQueries(ds), CategoryCatalog.standard());
    /** One report against reading the rows it is about through a cursor (median of 5 each); ratio above 1: cheaper than fetching them. */
    const timed = async (label: string, f: () => Promise<unknown>, rawSql: string, params: unknown[] = []) => {
      let rows = 0;
      const rawMs = await medianMs(5, async () => (rows = await readRaw(raw, rawSql, params)));
      const projectMs = await medianMs(5, f);
      out.push(`| report: ${label} | ${rows.toLocaleString('en')} rows | ${ms(rawMs)} | ${ms(projectMs)} | ${ratio(rawMs, projectMs)} |`);
      publish(false);
    };
    const from = new Date('2025-01-01');
    const asOf = new Date('2025-06-30T00:00:00Z');
    const yearEnd = new Date('2026-01-01');
    await timed(
      'register summary (live)',
      () => reports.registerSummary(),
      'SELECT department_id, category_class, category_major, original_value_fen, accumulated_depreciation_fen FROM asset_register',
    );
    await timed(
      'reuse (盘活) for the year',
      () => reports.reuse(from, new Date('2026-12-31')),
      `SELECT to_department_id FROM transfers WHERE status = 'completed' AND completed_at >= $1 AND completed_at < $2
       UNION ALL SELECT department_id FROM purchase_requests WHERE requested_at >= $1 AND requested_at < $2`,
      [from, new Date('2026-12-31')],
    );
    const now = new Date();
    await timed(
      'long-idle (>90 days)',
      () => reports.longIdle(90, now),
      `SELECT asset_id, asset_no, name, department_id, listed_at, original_value_fen FROM marketplace_listings WHERE status = 'listed' AND listed_at <= $1`,
      [new Date(now.getTime() - 90 * 86_400_000)],
    );
    await timed(
      'register summary as of 2025-06-30',
      () => reports.registerSummary(asOf),
      'SELECT department_id, category_class, original_value_fen FROM asset_history WHERE valid_from <= $1 AND valid_to > $1',
      [asOf],
    );
    await timed(
      'idle rate for 2025',
      () => reports.idleRate(from, yearEnd),
      'SELECT department_id, valid_from, valid_to, idle FROM asset_history WHERE valid_from < $2 AND valid_to > $1',
      [from, yearEnd],
    );
    // The API as deployed, asked every report and search by a city-wide reader; its peak memory from the kernel.
    const [sample] = await raw
      .query<{ id: string }>(`SELECT event_id AS id FROM event_store.events WHERE stream_id = $1 LIMIT 1`, [`asset-${SAMPLE_ASSET}`])
      .then((r) => r.rows);
    await raw.end();
    apiMemory = [
      '',
      `The API in its own process (as deployed: ${heapCapFlag(API_HEAP_MB)}) on this city, signed in as the city's auditor (市审计局, created through POST /api/accounts; scope: every unit of the tree), asked each read in turn; resident memory from /proc/<pid>/status after each answer (VmRSS now, VmHWM peak so far). Target: peak below 512 MiB whatever is asked.`,
      '',
      '| read | status | answer | time | RSS after | peak RSS (VmHWM) so far |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...(await measureApiMemory(pg.url, { assetId: SAMPLE_ASSET, eventId: sample.id })),
    ];
    context = `PostgreSQL backend, durable settings (fsync, synchronous_commit on). The projection time includes the projector process's start (a few seconds). Ratios: for loads, raw time ÷ project time; for reads, raw ÷ project (above 1: the report costs less than fetching the rows it is about). Machine load average (1 min) at the end: ${loadavg()[0].toFixed(1)}.`;
    publish(true);
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    clearInterval(sampler);
    if (ds.isInitialized) await ds.destroy();
    await store.close();
    await pg.stop();
    if (!kept) removeServerFolders(dir, pg);
  }
}

void main();
