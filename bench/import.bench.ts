/**
 * 资产导入 at 100,000 rows (IMPORT_BENCH_ROWS): a CSV as a 资产卡片 export writes it, read and checked row by
 * row (the dry run), stored as a job, then imported by the job worker through the register command (decider,
 * expected-revision append of a new stream per card) into the embedded PostgreSQL store, durable settings.
 * Baseline from the same run: the same registration events appended raw (no decider, no job, same
 * parallelism, expecting no stream), to other streams.
 */
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { v4 as uuidv4 } from 'uuid';
import { CategoryCatalog } from '@app/assets';
import { AssetCommandRunner } from '@app/assets/commands/asset-command.runner';
import { ApprovalPolicySource } from '@app/assets/commands/approval-policy.source';
import { CategoryTableSource } from '@app/assets/commands/category-table.source';
import { AssetImportJobs } from '@app/assets/import/asset-import.jobs';
import { checkRegisterFile } from '@app/assets/import/import-row';
import { parseRegisterFile } from '@app/platform/import/register-file.parser';
import { initialApprovalPolicyState } from '@app/assets/domain/approval-policy';
import { assetStreamId } from '@app/assets/domain/asset.events';
import { eventIdFor, PostgresEventStore } from '@app/event-store';
import { metadataFor } from '@app/platform/cqrs/execute-on-stream';
import { startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { dataSourceOptions, runMigrations } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { Actor, chinaDate, DepartmentDirectory, SystemClock } from '@app/shared';
import { writeBenchmarkSection } from './benchmarks-file';
import { secondsSince } from './raw-baselines';
import { registerCsv } from './register-files';
import { removeServerFolders } from './server-folders';

const ROWS = Number(process.env.IMPORT_BENCH_ROWS ?? 100_000);
/** Appends in flight at once, for the raw baseline as for the worker. */
const PARALLEL = 8;
const say = (line: string) => console.log(`[import] ${line}`);
const manager: Actor = { userId: 'mgr-sch1', role: 'asset_manager', departmentId: 'D-SCH1', displayName: '实验小学资产管理员' };
async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'bench', durable: true });
  const store = new PostgresEventStore({ connectionString: pg.url, max: 16 });
  const ds = await new DataSource(dataSourceOptions(pg.url, DATABASE_SCHEMA)).initialize();
  try {
    await runMigrations(pg.url, DATABASE_SCHEMA);
    const clock = new SystemClock();
    const departments = DepartmentDirectory.demo();
    const categories = CategoryCatalog.standard();
    const bytes = registerCsv({ rows: ROWS });
    const loadBefore = loadavg()[0];

    let t = process.hrtime.bigint();
    const file = await parseRegisterFile(bytes);
    const parseSeconds = secondsSince(t);
    t = process.hrtime.bigint();
    const checked = checkRegisterFile(file, {
      actor: manager,
      today: chinaDate(clock.now()),
      deps: { categories, departments, policies: initialApprovalPolicyState() },
    });
    const checkSeconds = secondsSince(t);
    if (checked.problems.length > 0) throw new Error(`bench file has problems: ${JSON.stringify(checked.problems.slice(0, 3))}`);
    say(`parse ${parseSeconds.toFixed(1)} s, check ${checkSeconds.toFixed(1)} s, ${checked.registrations.length} rows`);

    const tables = new CategoryTableSource(store);
    const runner = new AssetCommandRunner(store, { categories, departments }, new ApprovalPolicySource(store), tables);
    const jobs = new AssetImportJobs(ds, runner, store, tables, clock);
    t = process.hrtime.bigint();
    const jobId = await jobs.create({
      actor: manager,
      fileName: 'bench.csv',
      encoding: file.encoding,
      registrations: checked.registrations,
    });
    const storeSeconds = secondsSince(t);
    t = process.hrtime.bigint();
    await jobs.runJob(jobId);
    const importSeconds = secondsSince(t);
    const progress = await jobs.progress(jobId);
    if (progress?.imported !== ROWS) throw new Error(`imported ${progress?.imported} of ${ROWS}`);
    say(`import ${importSeconds.toFixed(1)} s (${Math.round(ROWS / importSeconds)} rows/s)`);

    // The same file again: every row meets its card (decided on the stored stream), nothing written.
    t = process.hrtime.bigint();
    const again = await jobs.create({
      actor: manager,
      fileName: 'bench.csv',
      encoding: file.encoding,
      registrations: checked.registrations,
    });
    await jobs.runJob(again);
    const rerunSeconds = secondsSince(t);
    const rerun = await jobs.progress(again);
    if (rerun?.skipped !== ROWS) throw new Error(`re-run skipped ${rerun?.skipped} of ${ROWS}`);

    // Raw baseline: the same events appended without decider or job, PARALLEL at a time, each to a new stream.
    const metadataContext = { actor: manager, correlationId: 'bench', causationId: 'bench', now: clock.now() };
    let next = 0;
    t = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < checked.registrations.length) {
          const r = checked.registrations[next++];
          const commandId = uuidv4();
          await store.append(
            assetStreamId(uuidv4()),
            [
              {
                id: eventIdFor(commandId, 0),
                type: 'asset.registered.v1',
                data: { assetId: r.assetId, assetNo: r.assetNo, departmentId: r.departmentId, ...r.card },
                metadata: metadataFor({ ...metadataContext, commandId }),
              },
            ],
            'no_stream',
          );
        }
      }),
    );
    const rawSeconds = secondsSince(t);
    const loadAfter = loadavg();
    const rate = (s: number) => `${Math.round(ROWS / s).toLocaleString('en')} rows/s`;
    writeBenchmarkSection(
      'import',
      `Register import (资产导入): ${ROWS.toLocaleString('en')} rows`,
      [
        `\`node dist/bench/import.bench.js\` (IMPORT_BENCH_ROWS=${ROWS}). A CSV of ${ROWS.toLocaleString('en')} rows as a 资产卡片 export writes them`,
        `(${(bytes.length / 2 ** 20).toFixed(1)} MiB), read and checked row by row through the register decider (the dry run), stored as a job, then imported by`,
        `the job worker through the register command: one expected-revision append of a new stream per card, ${PARALLEL} in flight, checkpoint every 500 rows.`,
        `Embedded PostgreSQL, durable (fsync on, synchronous_commit on). Baseline from the same run: the same ${ROWS.toLocaleString('en')} registration events appended`,
        `raw (no decider, no job, no checkpoint), ${PARALLEL} in flight, each expecting no stream.`,
        '',
        '| step | time | rate | raw baseline (same run) | ratio |',
        '|---|---|---|---|---|',
        `| import through the deciders (job worker) | ${importSeconds.toFixed(1)} s | ${rate(importSeconds)} | raw appends: ${rawSeconds.toFixed(1)} s, ${rate(rawSeconds)} | ${(rawSeconds / importSeconds).toFixed(2)} |`,
        `| dry run: parse the CSV | ${parseSeconds.toFixed(1)} s | ${rate(parseSeconds)} | — | — |`,
        `| dry run: check every row (decider on the empty stream) | ${checkSeconds.toFixed(1)} s | ${rate(checkSeconds)} | — | — |`,
        `| store the job's rows | ${storeSeconds.toFixed(1)} s | ${rate(storeSeconds)} | — | — |`,
        `| same file again (every row skipped, nothing appended) | ${rerunSeconds.toFixed(1)} s | ${rate(rerunSeconds)} | — | — |`,
        '',
        `The ratio is the project's rate over the raw rate (1.00 = as fast as raw appends). Machine load average (1 min) ${loadBefore.toFixed(1)} before the run,`,
        `${loadAfter.map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min) at its end, on 2 cores shared with other work.`,
      ].join('\n'),
    );
  } finally {
    await ds.destroy();
    await store.close();
    await pg.stop();
    removeServerFolders(dir, pg);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
