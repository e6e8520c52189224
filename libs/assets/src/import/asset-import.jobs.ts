import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import { EVENT_STORE, EventStore, readStreamTails } from '@app/event-store';
import { Actor, chinaDate, Clock, CommandContext, DomainError } from '@app/shared';
import { AssetCommandRunner } from '../commands/asset-command.runner';
import { CategoryTableSource } from '../commands/category-table.source';
import { CategoryCatalog } from '../categories/category-catalog';
import { AssetEvent, assetStreamId } from '../domain/asset.events';
import { AssetState, evolveAsset, initialAssetState } from '../domain/asset.state';
import { ImportRegistration } from './import-row';

/** How far a job got, as the page and the CLI show it. */
export interface AssetImportProgress {
  readonly jobId: string;
  readonly departmentId: string;
  readonly fileName: string;
  readonly encoding: string;
  readonly status: 'running' | 'done';
  readonly totalRows: number;
  readonly rowsDone: number;
  readonly imported: number;
  readonly skipped: number;
  readonly failed: number;
  readonly failures: readonly { row: number; code: string; problem: string }[];
  readonly createdAt: string;
  readonly finishedAt: string | null;
}

const ROW_COMMAND_NAMESPACE = '5f3c2a91-7d4e-4b8a-a6c2-1e9d8b7f4c30';
/** Rows decided and appended between two checkpoints. */
const BATCH_ROWS = 500;
/** Registrations in flight at once: each is its own append (its own stream), so they do not contend. */
const PARALLEL_ROWS = 8;
const KEPT_FAILURES = 1000;
const RETRY_AFTER_MS = 5000;

const JOB_COLUMNS = `job_id AS "jobId", department_id AS "departmentId", file_name AS "fileName", encoding, status,
  total_rows AS "totalRows", rows_done AS "rowsDone", imported, skipped, failed, failures,
  created_at AS "createdAt", finished_at AS "finishedAt"`;

type JobRow = Omit<AssetImportProgress, 'createdAt' | 'finishedAt'> & { createdAt: Date; finishedAt: Date | null };

const toProgress = (row: JobRow): AssetImportProgress => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
});

/**
 * Register imports as background jobs. A job's checked rows are stored with it before it starts; the
 * worker takes them in order, a batch at a time, through the register command (decider, expected-revision
 * append), and moves the checkpoint after each batch. A row's command id follows from (job, row), and its
 * asset id from its asset number, so a batch done again after a crash writes nothing twice, and a file
 * imported again meets cards that exist (counted as skipped, nothing written).
 */
@Injectable()
export class AssetImportJobs implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AssetImportJobs');
  private readonly running = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly runner: AssetCommandRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly tables: CategoryTableSource,
    private readonly clock: Clock,
  ) {}

  /** Stores a job and its rows (one transaction) without starting it. */
  async create(input: { actor: Actor; fileName: string; encoding: string; registrations: readonly ImportRegistration[] }): Promise<string> {
    const jobId = randomUUID();
    const now = this.clock.now();
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO asset_import_jobs (job_id, department_id, actor, file_name, encoding, status, total_rows, rows_done, imported, skipped, failed, failures, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'running', $6, 0, 0, 0, 0, '[]', $7, $7)`,
        [jobId, input.actor.departmentId, JSON.stringify(input.actor), input.fileName, input.encoding, input.registrations.length, now],
      );
      for (let from = 0; from < input.registrations.length; from += 5000) {
        const chunk = input.registrations.slice(from, from + 5000);
        await tx.query(
          `INSERT INTO asset_import_rows (job_id, seq, row_number, registration)
           SELECT $1, s, r, g FROM unnest($2::int[], $3::int[], $4::jsonb[]) AS t(s, r, g)`,
          [jobId, chunk.map((_, i) => from + i), chunk.map((r) => r.rowNumber), chunk.map((r) => JSON.stringify(r))],
        );
      }
    });
    return jobId;
  }

  /** Stores the job and starts working on it in the background. */
  async start(input: Parameters<AssetImportJobs['create']>[0]): Promise<string> {
    const jobId = await this.create(input);
    void this.kick(jobId);
    return jobId;
  }

  async progress(jobId: string): Promise<AssetImportProgress | null> {
    const [row] = (await this.db.query(`SELECT ${JOB_COLUMNS} FROM asset_import_jobs WHERE job_id = $1`, [jobId])) as JobRow[];
    return row ? toProgress(row) : null;
  }

  async recent(departmentId: string, limit = 20): Promise<AssetImportProgress[]> {
    const rows = (await this.db.query(
      `SELECT ${JOB_COLUMNS} FROM asset_import_jobs WHERE department_id = $1 ORDER BY created_at DESC LIMIT $2`,
      [departmentId, limit],
    )) as JobRow[];
    return rows.map(toProgress);
  }

  /** Jobs a stopped process left running are taken up again when this one starts. */
  async onApplicationBootstrap(): Promise<void> {
    await this.resumeUnfinished();
  }

  async resumeUnfinished(): Promise<void> {
    const rows = (await this.db.query(`SELECT job_id AS "jobId" FROM asset_import_jobs WHERE status = 'running'`)) as { jobId: string }[];
    for (const { jobId } of rows) void this.kick(jobId);
  }

  /** Waits until the job's worker in this process (if any) has stopped. */
  async settled(jobId: string): Promise<void> {
    await this.running.get(jobId);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.running.values());
  }

  private kick(jobId: string): Promise<void> {
    const going = this.running.get(jobId);
    if (going) return going;
    const run = this.runJob(jobId)
      .catch((error: unknown) => {
        this.logger.error(`import ${jobId} stopped: ${String(error)}; retrying in ${RETRY_AFTER_MS / 1000} s`);
        setTimeout(() => {
          if (!this.stopped) void this.kick(jobId);
        }, RETRY_AFTER_MS).unref();
      })
      .finally(() => this.running.delete(jobId));
    this.running.set(jobId, run);
    return run;
  }

  /**
   * Works through the job from its checkpoint. `maxBatches` stops after that many batches with the job
   * left running, as a crash between two checkpoints would (used by the tests and the benchmark).
   */
  async runJob(jobId: string, options: { maxBatches?: number } = {}): Promise<void> {
    const [job] = (await this.db.query(
      `SELECT actor, rows_done AS "rowsDone", total_rows AS "totalRows", status FROM asset_import_jobs WHERE job_id = $1`,
      [jobId],
    )) as { actor: Actor; rowsDone: number; totalRows: number; status: string }[];
    if (!job || job.status !== 'running') return;
    let done = job.rowsDone;
    for (let batch = 0; !this.stopped && done < job.totalRows; batch++) {
      if (options.maxBatches !== undefined && batch >= options.maxBatches) return;
      const rows = (await this.db.query(
        `SELECT seq, registration FROM asset_import_rows WHERE job_id = $1 AND seq >= $2 ORDER BY seq LIMIT $3`,
        [jobId, done, BATCH_ROWS],
      )) as { seq: number; registration: ImportRegistration }[];
      if (rows.length === 0) break;
      const outcome = await this.registerAll(jobId, job.actor, rows);
      done = rows[rows.length - 1].seq + 1;
      await this.db.query(
        `UPDATE asset_import_jobs SET rows_done = $2, imported = imported + $3, skipped = skipped + $4, failed = failed + $5,
           failures = CASE WHEN jsonb_array_length(failures) >= ${KEPT_FAILURES} THEN failures ELSE failures || $6::jsonb END,
           updated_at = $7,
           status = CASE WHEN $2 >= total_rows THEN 'done' ELSE status END,
           finished_at = CASE WHEN $2 >= total_rows THEN $7 ELSE finished_at END
         WHERE job_id = $1`,
        [jobId, done, outcome.imported, outcome.skipped, outcome.failures.length, JSON.stringify(outcome.failures), this.clock.now()],
      );
    }
    if (done >= job.totalRows) {
      // The rows were kept for a resume only; the job keeps its counts and failures.
      await this.db.query(`DELETE FROM asset_import_rows WHERE job_id = $1`, [jobId]);
      await this.db.query(`UPDATE asset_import_jobs SET status = 'done', finished_at = COALESCE(finished_at, $2) WHERE job_id = $1`, [
        jobId,
        this.clock.now(),
      ]);
    }
  }

  private async registerAll(
    jobId: string,
    actor: Actor,
    rows: readonly { seq: number; registration: ImportRegistration }[],
  ): Promise<{ imported: number; skipped: number; failures: { row: number; code: string; problem: string }[] }> {
    const out = { imported: 0, skipped: 0, failures: [] as { row: number; code: string; problem: string }[] };
    const existing = await this.existingStreams(rows.map((r) => r.registration.assetId));
    // The category table in force, read once for the batch rather than once per row.
    const categories = await this.tables.catalog();
    let next = 0;
    const worker = async () => {
      while (next < rows.length) {
        const { seq, registration } = rows[next++];
        const result = await this.registerOne(jobId, actor, seq, registration, !existing.has(registration.assetId), categories);
        if (result === 'imported') out.imported++;
        else if (result === 'skipped') out.skipped++;
        else out.failures.push({ row: registration.rowNumber, ...result });
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_ROWS, rows.length) }, worker));
    return out;
  }

  /**
   * Which of these assets have a stream already (an earlier import, a registration by hand, or this job's own
   * append before a crash), read in a few queries. Their commands read the stream before deciding; the others
   * go straight to an append expecting no stream, which a stream created meanwhile still refuses safely.
   */
  private async existingStreams(assetIds: readonly string[]): Promise<Set<string>> {
    const existing = new Set<string>();
    for (let from = 0; from < assetIds.length; from += 100) {
      const ids = assetIds.slice(from, from + 100);
      const tails = await readStreamTails(
        this.store,
        ids.map((id) => ({ streamId: assetStreamId(id) })),
      );
      tails.forEach((events, i) => events.length > 0 && existing.add(ids[i]));
    }
    return existing;
  }

  /**
   * A number already registered is skipped only when the card is on this unit's books (an earlier import, or
   * by hand); a card written off, or another unit's (registered after the dry run), is a refused row.
   */
  private async alreadyThere(row: ImportRegistration): Promise<'skipped' | { code: string; problem: string }> {
    const events = await this.store.readStream(assetStreamId(row.assetId));
    const state = events.reduce<AssetState>((s, e) => evolveAsset(s, { type: e.type, data: e.data } as AssetEvent), initialAssetState());
    if (state.status === 'registered' && state.departmentId === row.departmentId) return 'skipped';
    if (state.status === 'written_off')
      return { code: 'ASSET_NO_WRITTEN_OFF', problem: `登记被拒绝：资产编号 ${row.assetNo} 的卡片已核销，不能再次登记` };
    return { code: 'ASSET_NO_TAKEN', problem: `登记被拒绝：资产编号 ${row.assetNo} 已由其他单位登记` };
  }

  private async registerOne(
    jobId: string,
    actor: Actor,
    seq: number,
    row: ImportRegistration,
    fresh: boolean,
    categories: CategoryCatalog,
  ): Promise<'imported' | 'skipped' | { code: string; problem: string }> {
    const commandId = uuidv5(`${jobId}:${seq}`, ROW_COMMAND_NAMESPACE);
    const now = this.clock.now();
    const context: CommandContext = { actor, commandId, correlationId: jobId, causationId: jobId, now, freshCommandId: fresh };
    try {
      await this.runner.run(
        {
          kind: 'RegisterAsset',
          actor,
          today: chinaDate(now),
          assetId: row.assetId,
          assetNo: row.assetNo,
          departmentId: row.departmentId,
          card: row.card,
        },
        context,
        { likelyNewStream: true },
        categories,
      );
      // A replayed command (done before a crash, after the last checkpoint) was this job's own import.
      return 'imported';
    } catch (error: unknown) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === 'ASSET_ALREADY_REGISTERED') return this.alreadyThere(row);
      return { code: error.code, problem: `登记被拒绝：${error.message}` };
    }
  }
}
