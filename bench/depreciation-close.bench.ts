/**
 * 月末计提 at city scale: a city of N assets (DEPRECIATION_BENCH_ASSETS, default 100,000) written through
 * the deciders, a useful-life table giving every 门类 in it a life, then one month closed through the
 * command handler (fold every asset and the ledger from the event store, decide, one append) and projected
 * into the read model. Baseline from the same run: INSERT of the same charge rows with PostgreSQL alone.
 */
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  addMonths,
  chinaMonthOf,
  CloseDepreciationMonthCommand,
  CloseDepreciationMonthHandler,
  decideDepreciation,
  DEPRECIATION_LEDGER_STREAM,
  DepreciationLedgerSource,
  LoadLifeTableCommand,
  LoadLifeTableHandler,
} from '@app/depreciation';
import { PostgresEventStore } from '@app/event-store';
import { startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { dataSourceOptions, runMigrations } from '@app/platform/database/migrate';
import { DepreciationProjection } from '@app/read-models/depreciation/depreciation.projection';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { CommandContext, SYSTEM_ACTOR } from '@app/shared';
import { writeBenchmarkSection } from './benchmarks-file';
import { generateCity } from './city-history';
import { secondsSince } from './raw-baselines';
import { removeServerFolders } from './server-folders';

const ASSETS = Number(process.env.DEPRECIATION_BENCH_ASSETS ?? 100_000);
const say = (line: string) => console.log(`[depreciation] ${line}`);
const context = (id: string, now: Date): CommandContext => ({
  actor: SYSTEM_ACTOR,
  commandId: id,
  correlationId: id,
  causationId: id,
  now,
});
const rss = () => process.memoryUsage().rss / 2 ** 20;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-depreciation-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'bench', durable: true });
  const store = new PostgresEventStore({ connectionString: pg.url });
  try {
    await runMigrations(pg.url, DATABASE_SCHEMA);
    const city = await generateCity(pg.url, ASSETS);
    say(`city: ${city.events.toLocaleString('en')} events in ${city.seconds.toFixed(1)} s`);
    const now = new Date();
    const month = addMonths(chinaMonthOf(now), -1);
    await new LoadLifeTableHandler(store).execute(
      new LoadLifeTableCommand(
        {
          effectiveFrom: month,
          rows: ['A01', 'A02', 'A05'].map((prefix, i) => ({ prefix, name: prefix, years: [50, 6, 15][i], basis: 'bench' })),
          source: 'bench',
          reason: 'bench',
        },
        context('00000000-0000-4000-8000-0000000000a1', now),
      ),
    );

    // The parts of a close, timed apart (the handler below does them all again, for the end-to-end figure).
    const load = loadavg()[0];
    const ledger = new DepreciationLedgerSource(store);
    const rssBefore = rss();
    let t = process.hrtime.bigint();
    const loaded = await ledger.loadWithAssets();
    const foldSeconds = secondsSince(t);
    const rssFold = rss();
    t = process.hrtime.bigint();
    const decided = decideDepreciation(
      { kind: 'CloseDepreciationMonth', actor: SYSTEM_ACTOR, now: now.toISOString(), month, ledgerStart: month },
      loaded.state,
    );
    const decideSeconds = secondsSince(t);
    if (!Array.isArray(decided)) throw decided;
    say(
      `fold ${foldSeconds.toFixed(1)} s (${loaded.state.assets.size} assets), decide ${decideSeconds.toFixed(2)} s, ${decided.length} events`,
    );

    t = process.hrtime.bigint();
    // The city's cards came in 2024–25; its ledger starts with this month (DEPRECIATION_LEDGER_START), 累计折旧 typed up to then.
    const summary = await new CloseDepreciationMonthHandler(store, ledger, { DEPRECIATION_LEDGER_START: month }).execute(
      new CloseDepreciationMonthCommand(month, context('00000000-0000-4000-8000-0000000000a2', now)),
    );
    const closeSeconds = secondsSince(t);
    say(`close ${closeSeconds.toFixed(1)} s: ${summary.assetsCharged} charges in ${summary.events} events`);

    // Project the ledger events into the read model (the charges' rows), as the projector does.
    const ds = await new DataSource(dataSourceOptions(pg.url, DATABASE_SCHEMA)).initialize();
    const events = (await store.readStream(DEPRECIATION_LEDGER_STREAM)).filter((e) => e.type !== 'depreciation.life-table-loaded.v1');
    t = process.hrtime.bigint();
    await ds.transaction((tx) => new DepreciationProjection().apply(tx, events));
    const projectSeconds = secondsSince(t);
    await ds.destroy();

    // Raw baseline: the same rows INSERTed by PostgreSQL alone (one statement from arrays), into a table of the same shape and keys.
    const client = new Client({ connectionString: pg.url });
    await client.connect();
    const ids: string[] = [];
    const amounts: number[] = [];
    const departments: string[] = [];
    for (const e of events)
      if (e.type === 'depreciation.charged.v1') {
        const d = e.data as { departmentId: string; assetIds: string[]; amountsFen: number[] };
        d.assetIds.forEach((id, i) => (ids.push(id), amounts.push(d.amountsFen[i]), departments.push(d.departmentId)));
      }
    await client.query('CREATE TABLE raw_charges (LIKE depreciation_charges INCLUDING ALL)');
    t = process.hrtime.bigint();
    await client.query(
      `INSERT INTO raw_charges (asset_id, month, department_id, amount_fen) SELECT a, $2, d, f FROM unnest($1::text[], $3::text[], $4::bigint[]) AS t(a, d, f)`,
      [ids, month, departments, amounts],
    );
    const rawSeconds = secondsSince(t);
    const [{ n }] = (await client.query<{ n: string }>('SELECT count(*) AS n FROM depreciation_charges')).rows;
    const [{ bytes }] = (
      await client.query<{ bytes: string }>(
        `SELECT sum(pg_column_size(data))::text AS bytes FROM event_store.events WHERE stream_id = $1`,
        [DEPRECIATION_LEDGER_STREAM],
      )
    ).rows;
    await client.end();

    const rows = summary.assetsCharged;
    const rate = (s: number) => `${Math.round(rows / s).toLocaleString('en')} rows/s`;
    writeBenchmarkSection(
      'depreciation-close',
      `Month-end depreciation close (月末计提): ${ASSETS.toLocaleString('en')} assets`,
      [
        `\`node dist/bench/depreciation-close.bench.js\` (DEPRECIATION_BENCH_ASSETS=${ASSETS}). A city of ${ASSETS.toLocaleString('en')} assets`,
        `(${city.events.toLocaleString('en')} events, 200 units) written through the deciders; a useful-life table gives 房屋 50, 设备 6 and 家具 15 years;`,
        `then ${month} is closed through the command handler: fold every asset stream and the ledger from the event store, decide,`,
        `then the month's events, appended as they are decided in appends of at most 512 KiB (charges by unit in parts of at most 2,000 assets, then the close). ${rows.toLocaleString('en')} assets charged`,
        `(the others are not depreciated or fully depreciated), ${summary.departments} units, ${summary.events} ledger events of ${Math.round(Number(bytes) / 2 ** 20)} MiB; ${Number(n).toLocaleString('en')} charge rows projected.`,
        `Load average when the close began: ${load.toFixed(1)} (the ratios to the baseline come from the same run).`,
        '',
        '| step | time | rate | raw PostgreSQL baseline (same run) | ratio |',
        '|---|---|---|---|---|',
        `| close, end to end (fold + decide + append) | ${closeSeconds.toFixed(1)} s | ${rate(closeSeconds)} | INSERT of the same ${rows.toLocaleString('en')} rows: ${rawSeconds.toFixed(2)} s, ${rate(rawSeconds)} | ${(closeSeconds / rawSeconds).toFixed(1)}× |`,
        `| fold of every asset and the ledger (readAll) | ${foldSeconds.toFixed(1)} s | ${Math.round(loaded.state.assets.size / foldSeconds).toLocaleString('en')} assets/s | — | — |`,
        `| decide (pure) | ${decideSeconds.toFixed(2)} s | ${rate(decideSeconds)} | — | — |`,
        `| projection of the month's events into depreciation_charges | ${projectSeconds.toFixed(2)} s | ${rate(projectSeconds)} | ${rawSeconds.toFixed(2)} s | ${(projectSeconds / rawSeconds).toFixed(1)}× |`,
        `| process RSS after the fold (before it: ${rssBefore.toFixed(0)} MB) | ${rssFold.toFixed(0)} MB | — | — | — |`,
        '',
        'One batch event per unit and month (in parts) rather than one event per asset: at 1,000,000 assets in 200 units a month is',
        'about 600 ledger events (7,200 a year) instead of 1,000,000 (12,000,000 a year), so the audit log, the event store and the projector carry',
        'thousands of leaves a year for depreciation, not millions; each part names every asset and its charge, so NBV still folds to the 分.',
      ].join('\n'),
    );
  } finally {
    await store.close();
    await pg.stop();
    removeServerFolders(dir, pg);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
