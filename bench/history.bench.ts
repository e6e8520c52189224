// Register as of an instant, a department's register as of an instant and the idle rate for a year,
// read from the asset history at BENCH_HISTORY_ASSETS assets (default 1,000,000), against reading the
// same rows raw in the same run; plus the projection's own write rate and the query process's peak RSS.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { CategoryCatalog } from '@app/assets';
import { RecordedEvent } from '@app/event-store';
import { startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { dataSourceOptions, runMigrations } from '@app/platform/database/migrate';
import { AssetHistoryProjection } from '@app/read-models/asset-history/asset-history.projection';
import { AssetHistoryQueries } from '@app/read-models/asset-history/asset-history.queries';
import { AuditQueries } from '@app/read-models/audit-log/audit.queries';
import { CHANGES_OF_STRETCHES } from '@app/read-models/migrations/1732300001400-asset-history-changes';
import { ReportQueries } from '@app/read-models/reports/reports.queries';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { writeBenchmarkSection } from './benchmarks-file';
import { medianMs as median, readRaw, secondsSince as seconds } from './raw-baselines';
import { removeServerFolders } from './server-folders';

const ASSETS = Number(process.env.BENCH_HISTORY_ASSETS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_HISTORY_RUNS ?? 15);
const DEPARTMENTS = 200;
const PROJECTED_ASSETS = 20_000;
const AT = new Date('2024-06-30T00:00:00Z');
const YEAR = { from: new Date('2024-01-01T00:00:00Z'), to: new Date('2025-01-01T00:00:00Z') };
const DEPARTMENT = 'D-042';
/** A district's scope: 40 units (a fifth of the city). */
const DISTRICT = Array.from({ length: 40 }, (_, k) => `D-${String(k * 5).padStart(3, '0')}`);

const say = (line: string) => console.log(`[history] ${line}`);
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

/**
 * Stretches straight into asset_history with INSERT … SELECT, shaped as the projection writes them:
 * every asset registered in 2020–2024 in one of 200 departments; 30 % listed later, of which half are
 * withdrawn and half transferred to another department; 10 % corrected (their corrected view differs).
 */
async function load(ds: DataSource): Promise<number> {
  await ds.query('DROP INDEX asset_history_department_range_idx, asset_history_valid_from_idx, asset_history_valid_to_idx');
  const step = 200_000;
  for (let from = 1; from <= ASSETS; from += step) {
    await ds.query(
      `INSERT INTO asset_history
       SELECT md5(a.i::text)::uuid::text, s.valid_from, s.valid_to, s.department_id, s.idle, a.cls, a.major, a.v, a.v / 4,
              a.cls, a.major, a.v + CASE WHEN a.i % 10 = 5 THEN 1000 ELSE 0 END, a.v / 4
         FROM (SELECT i, 'D-' || lpad(((i * 7919) % ${DEPARTMENTS})::text, 3, '0') AS dep_a,
                      'D-' || lpad(((i * 104729 + 17) % ${DEPARTMENTS})::text, 3, '0') AS dep_b,
                      timestamptz '2020-01-01' + ((i::bigint * 2654435761) % (5 * 365 * 86400)) * interval '1 second' AS reg,
                      (ARRAY['A02000000', 'A02000000', 'A05000000', 'A03000000'])[i % 4 + 1] AS cls,
                      (ARRAY['A02010000', NULL, 'A05010000', NULL])[i % 4 + 1] AS major,
                      100000 + (i::bigint * 37) % 900000 AS v
                 FROM generate_series($1::bigint, $2::bigint) AS i) a
         CROSS JOIN LATERAL (SELECT a.reg + ((a.i * 31) % 300 + 1) * interval '1 day' AS t1) l
         CROSS JOIN LATERAL (SELECT l.t1 + ((a.i * 17) % 200 + 1) * interval '1 day' AS t2) m
         CROSS JOIN LATERAL (VALUES
              (a.reg, CASE WHEN a.i % 10 < 3 THEN l.t1 ELSE timestamptz 'infinity' END, a.dep_a, false, true),
              (l.t1, m.t2, a.dep_a, true, a.i % 10 < 3),
              (m.t2, timestamptz 'infinity', CASE WHEN a.i % 20 < 3 THEN a.dep_b ELSE a.dep_a END, false, a.i % 10 < 3)
         ) AS s(valid_from, valid_to, department_id, idle, present)
        WHERE s.present`,
      [from, Math.min(ASSETS, from + step - 1)],
    );
    say(`assets ${Math.min(ASSETS, from + step - 1)}/${ASSETS}`);
  }
  await ds.query(
    `CREATE INDEX asset_history_department_range_idx ON asset_history USING gist (department_id, tstzrange(valid_from, valid_to))`,
  );
  await ds.query('CREATE INDEX asset_history_valid_from_idx ON asset_history (valid_from)');
  await ds.query('CREATE INDEX asset_history_valid_to_idx ON asset_history (valid_to)');
  // the monthly changes as the projection keeps them, from the stretches as the migration fills them
  await ds.query(`INSERT INTO asset_history_changes ${CHANGES_OF_STRETCHES}`);
  await ds.query('VACUUM ANALYZE asset_history, asset_history_changes');
  const [{ n }] = await ds.query<{ n: string }[]>('SELECT count(*) AS n FROM asset_history');
  return Number(n);
}

/** The projection's write path: registrations, listings, corrections and transfers in batches of 1,000 events. */
async function projectionRate(ds: DataSource): Promise<{ events: number; seconds: number }> {
  const events: RecordedEvent[] = [];
  const meta = (at: number) => ({
    actorId: 'bench',
    actorRole: 'asset_manager',
    departmentId: 'D-P',
    correlationId: 'b',
    causationId: 'b',
    occurredAt: new Date(at).toISOString(),
  });
  const push = (asset: number, revision: number, type: string, data: object, at: number) =>
    events.push({
      id: `00000000-0000-4000-8000-${String(events.length).padStart(12, '0')}`,
      streamId: `asset-bench-${asset}`,
      revision: BigInt(revision),
      position: { commit: BigInt(events.length), prepare: BigInt(events.length) },
      type,
      data: { assetId: `bench-${asset}`, ...data },
      metadata: meta(at),
      recordedAt: new Date(at),
    });
  const t0 = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < PROJECTED_ASSETS; i++)
    push(i, 0, 'asset.registered.v1', { departmentId: 'D-P', categoryCode: 'A02000000', originalValueFen: 1000 + i }, t0 + i);
  for (let i = 0; i < PROJECTED_ASSETS; i++) {
    const at = t0 + PROJECTED_ASSETS + i * 3;
    if (i % 3 === 0) push(i, 1, 'asset.corrected.v1', { previous: {}, corrected: { originalValueFen: 2000 + i }, reason: 'b' }, at);
    else push(i, 1, 'asset.listed.v1', { listingId: `L${i}` }, at);
    if (i % 3 === 2) push(i, 2, 'asset.transferred.v1', { toDepartmentId: 'D-Q' }, at + 1);
  }
  const projection = new AssetHistoryProjection();
  const started = process.hrtime.bigint();
  for (let k = 0; k < events.length; k += 1000) {
    const batch = events.slice(k, k + 1000);
    await ds.transaction((tx) => projection.apply(tx, batch));
  }
  return { events: events.length, seconds: seconds(started) };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-history-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'bench', durable: true });
  try {
    await runMigrations(pg.url, DATABASE_SCHEMA);
    const ds = await new DataSource(dataSourceOptions(pg.url, DATABASE_SCHEMA)).initialize();
    const rate = await projectionRate(ds);
    say(`projection: ${rate.events} events in ${rate.seconds.toFixed(1)} s`);
    await ds.query('TRUNCATE asset_history, asset_history_streams, asset_history_changes');
    const started = process.hrtime.bigint();
    const rows = await load(ds);
    const loadSeconds = seconds(started);
    say(`${rows} stretches for ${ASSETS} assets in ${loadSeconds.toFixed(0)} s`);
    const history = new AssetHistoryQueries(ds);
    const reports = new ReportQueries(ds, history, CategoryCatalog.standard());
    const audit = new AuditQueries(ds, CategoryCatalog.standard(), history);
    const rssBefore = peakRssMb();
    const project = {
      department: await median(RUNS, () => audit.registerAsOf(DEPARTMENT, AT, 'original')),
      departmentSummary: await median(RUNS, () => reports.registerSummary(AT, 'corrected', [DEPARTMENT])),
      departmentIdle: await median(RUNS, () => reports.idleRate(YEAR.from, YEAR.to, [DEPARTMENT])),
      city: await median(RUNS, () => reports.registerSummary(AT, 'original')),
      cityCorrected: await median(RUNS, () => reports.registerSummary(AT, 'corrected')),
      idle: await median(RUNS, () => reports.idleRate(YEAR.from, YEAR.to)),
      district: await median(RUNS, () => reports.registerSummary(AT, 'original', DISTRICT)),
      districtIdle: await median(RUNS, () => reports.idleRate(YEAR.from, YEAR.to, DISTRICT)),
    };
    const rssProject = peakRssMb();
    say(`project ${JSON.stringify(project)}`);
    const atRows = `SELECT * FROM asset_history WHERE valid_from <= $1 AND valid_to > $1`;
    const deptAtRows = `SELECT * FROM asset_history WHERE department_id = $1 AND tstzrange(valid_from, valid_to) @> $2::timestamptz`;
    const deptYearRows = `SELECT * FROM asset_history WHERE department_id = $1 AND tstzrange(valid_from, valid_to) && tstzrange($2, $3)`;
    const yearRows = `SELECT * FROM asset_history WHERE valid_from < $2 AND valid_to > $1`;
    const client = new Client({ connectionString: pg.url });
    await client.connect();
    const counts = {
      department: await readRaw(client, deptAtRows, [DEPARTMENT, AT]),
      city: await readRaw(client, atRows, [AT]),
      year: await readRaw(client, yearRows, [YEAR.from, YEAR.to]),
    };
    const raw = {
      department: await median(RUNS, () => readRaw(client, deptAtRows, [DEPARTMENT, AT])),
      departmentIdle: await median(RUNS, () => readRaw(client, deptYearRows, [DEPARTMENT, YEAR.from, YEAR.to])),
      city: await median(Math.min(RUNS, 5), () => readRaw(client, atRows, [AT])),
      idle: await median(Math.min(RUNS, 5), () => readRaw(client, yearRows, [YEAR.from, YEAR.to])),
    };
    say(`raw ${JSON.stringify(raw)}`);
    await client.end();
    await ds.destroy();
    const f = (ms: number) => `${ms.toFixed(1)} ms`;
    const ratio = (base: number, mine: number) => (base / mine).toFixed(2);
    const n = ASSETS.toLocaleString('en');
    writeBenchmarkSection(
      'history',
      'History without folding: register as of, department register as of, idle rate (asset history)',
      [
        `${n} assets in ${DEPARTMENTS} departments, ${rows.toLocaleString('en')} stretches in asset_history (generated with INSERT … SELECT in ${loadSeconds.toFixed(0)} s; GiST index on department and validity and btree indexes on valid_from / valid_to built after loading, monthly changes filled from the stretches by the migration's INSERT … SELECT, then VACUUM ANALYZE), embedded PostgreSQL 18, durable. Median of ${RUNS} runs after one warm-up (raw city reads: 5). Raw baseline: the same rows read through a server-side cursor (FETCH 10,000) on an open connection, in the same run. Ratio = raw ÷ project (above 1: the report costs less than fetching its rows).`,
        '',
        '| measure | raw baseline | this project | ratio |',
        '| --- | ---: | ---: | ---: |',
        `| department register as of 2024-06-30 (${DEPARTMENT}, ${counts.department.toLocaleString('en')} stretches) | ${f(raw.department)} | ${f(project.department)} | ${ratio(raw.department, project.department)} |`,
        `| register summary as of 2024-06-30, one unit's scope, corrected view | ${f(raw.department)} | ${f(project.departmentSummary)} | ${ratio(raw.department, project.departmentSummary)} |`,
        `| idle rate for 2024, one unit's scope | ${f(raw.departmentIdle)} | ${f(project.departmentIdle)} | ${ratio(raw.departmentIdle, project.departmentIdle)} |`,
        `| register summary as of 2024-06-30, whole city (${counts.city.toLocaleString('en')} stretches) | ${f(raw.city)} | ${f(project.city)} | ${ratio(raw.city, project.city)} |`,
        `| register summary as of 2024-06-30, whole city, corrected view | ${f(raw.city)} | ${f(project.cityCorrected)} | ${ratio(raw.city, project.cityCorrected)} |`,
        `| idle rate for 2024, whole city (${counts.year.toLocaleString('en')} stretches) | ${f(raw.idle)} | ${f(project.idle)} | ${ratio(raw.idle, project.idle)} |`,
        `| register summary as of 2024-06-30, a district's 40 units | ${f(raw.city)} (city rows) | ${f(project.district)} | ${ratio(raw.city, project.district)} |`,
        `| idle rate for 2024, a district's 40 units | ${f(raw.idle)} (city rows) | ${f(project.districtIdle)} | ${ratio(raw.idle, project.districtIdle)} |`,
        `| query process peak RSS (all the reports above) | — | ${rssProject.toFixed(0)} MB (${rssBefore.toFixed(0)} MB before the reports) | — |`,
        `| projection write rate (${rate.events.toLocaleString('en')} events, batches of 1,000) | — | ${(rate.events / rate.seconds).toFixed(0)} ev/s | — |`,
      ].join('\n'),
    );
  } finally {
    await pg.stop();
    removeServerFolders(dir, pg);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
