import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EventStore, readStreamTails } from '@app/event-store';
import { Actor, Clock } from '@app/shared';

/** A row the register refused while importing. */
export interface ImportFailure {
  readonly row: number;
  readonly code: string;
  readonly problem: string;
}

/** How far a job got, as the pages and the CLI show it. */
export interface ImportJobProgress {
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
  readonly failures: readonly ImportFailure[];
  readonly createdAt: string;
  readonly finishedAt: string | null;
}

/** What one batch of rows came to. */
export interface ImportBatchOutcome {
  imported: number;
  skipped: number;
  failures: ImportFailure[];
}

/** A checked row as a job stores it: the spreadsheet row it came from, and whatever its register command needs. */
export interface ImportJobRow {
  readonly rowNumber: number;
}

/**
 * The two tables of one kind of import (same columns for every kind: see the asset import's migration):
 * `jobs` holds the job and its checkpoint, `rows` the checked rows kept for a resume. Names are constants
 * of the code, never input.
 */
export interface ImportJobTables {
  readonly jobs: string;
  readonly rows: string;
}

/**
 * Which of these streams have events already (an earlier import, a registration by hand, or the job's own
 * append before a crash), read a hundred at a time. Commands for the others can append expecting no stream
 * without reading it first; a stream created meanwhile still refuses that append safely.
 */
export async function streamsWithEvents(store: EventStore, streamIds: readonly string[]): Promise<Set<string>> {
  const existing = new Set<string>();
  for (let from = 0; from < streamIds.length; from += 100) {
    const ids = streamIds.slice(from, from + 100);
    const tails = await readStreamTails(
      store,
      ids.map((streamId) => ({ streamId })),
    );
    tails.forEach((events, i) => events.length > 0 && existing.add(ids[i]));
  }
  return existing;
}

/** Rows decided and appended between two checkpoints. */
const BATCH_ROWS = 500;
const KEPT_FAILURES = 1000;
const RETRY_AFTER_MS = 5000;

const JOB_COLUMNS = `job_id AS "jobId", department_id AS "departmentId", file_name AS "fileName", encoding, status,
  total_rows AS "totalRows", rows_done AS "rowsDone", imported, skipped, failed, failures,
  created_at AS "createdAt", finished_at AS "finishedAt"`;

type JobRow = Omit<ImportJobProgress, 'createdAt' | 'finishedAt'> & { createdAt: Date; finishedAt: Date | null };

const toProgress = (row: JobRow): ImportJobProgress => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
});

/**
 * Imports as background jobs, whatever they register. A job's checked rows are stored with it before it
 * starts; the worker takes them in order, a batch at a time, hands each batch to `importBatch` (the kind's
 * register command), and moves the checkpoint after each batch. `importBatch` must make a batch done again
 * after a crash write nothing twice (command ids from job and row, stream ids from the record's number).
 * Extracted from the asset import so the property import runs the same way.
 */
export abstract class ImportJobQueue<Row extends ImportJobRow> implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger: Logger;
  private readonly running = new Map<string, Promise<void>>();
  private stopped = false;

  protected constructor(
    protected readonly db: DataSource,
    protected readonly clock: Clock,
    private readonly jobTables: ImportJobTables,
  ) {
    this.logger = new Logger(new.target.name);
  }

  /** Registers one batch (rows in order, `seq` their 0-based place in the job). */
  protected abstract importBatch(
    jobId: string,
    actor: Actor,
    rows: readonly { seq: number; registration: Row }[],
  ): Promise<ImportBatchOutcome>;

  /** Stores a job and its rows (one transaction) without starting it. */
  async create(input: { actor: Actor; fileName: string; encoding: string; registrations: readonly Row[] }): Promise<string> {
    const jobId = randomUUID();
    const now = this.clock.now();
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO ${this.jobTables.jobs} (job_id, department_id, actor, file_name, encoding, status, total_rows, rows_done, imported, skipped, failed, failures, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'running', $6, 0, 0, 0, 0, '[]', $7, $7)`,
        [jobId, input.actor.departmentId, JSON.stringify(input.actor), input.fileName, input.encoding, input.registrations.length, now],
      );
      for (let from = 0; from < input.registrations.length; from += 5000) {
        const chunk = input.registrations.slice(from, from + 5000);
        await tx.query(
          `INSERT INTO ${this.jobTables.rows} (job_id, seq, row_number, registration)
           SELECT $1, s, r, g FROM unnest($2::int[], $3::int[], $4::jsonb[]) AS t(s, r, g)`,
          [jobId, chunk.map((_, i) => from + i), chunk.map((r) => r.rowNumber), chunk.map((r) => JSON.stringify(r))],
        );
      }
    });
    return jobId;
  }

  /** Stores the job and starts working on it in the background. */
  async start(input: Parameters<ImportJobQueue<Row>['create']>[0]): Promise<string> {
    const jobId = await this.create(input);
    void this.kick(jobId);
    return jobId;
  }

  async progress(jobId: string): Promise<ImportJobProgress | null> {
    const [row] = (await this.db.query(`SELECT ${JOB_COLUMNS} FROM ${this.jobTables.jobs} WHERE job_id = $1`, [jobId])) as JobRow[];
    return row ? toProgress(row) : null;
  }

  async recent(departmentId: string, limit = 20): Promise<ImportJobProgress[]> {
    const rows = (await this.db.query(
      `SELECT ${JOB_COLUMNS} FROM ${this.jobTables.jobs} WHERE department_id = $1 ORDER BY created_at DESC LIMIT $2`,
      [departmentId, limit],
    )) as JobRow[];
    return rows.map(toProgress);
  }

  /** Jobs a stopped process left running are taken up again when this one starts. */
  async onApplicationBootstrap(): Promise<void> {
    await this.resumeUnfinished();
  }

  async resumeUnfinished(): Promise<void> {
    const rows = (await this.db.query(`SELECT job_id AS "jobId" FROM ${this.jobTables.jobs} WHERE status = 'running'`)) as {
      jobId: string;
    }[];
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
      `SELECT actor, rows_done AS "rowsDone", total_rows AS "totalRows", status FROM ${this.jobTables.jobs} WHERE job_id = $1`,
      [jobId],
    )) as { actor: Actor; rowsDone: number; totalRows: number; status: string }[];
    if (!job || job.status !== 'running') return;
    let done = job.rowsDone;
    for (let batch = 0; !this.stopped && done < job.totalRows; batch++) {
      if (options.maxBatches !== undefined && batch >= options.maxBatches) return;
      const rows = (await this.db.query(
        `SELECT seq, registration FROM ${this.jobTables.rows} WHERE job_id = $1 AND seq >= $2 ORDER BY seq LIMIT $3`,
        [jobId, done, BATCH_ROWS],
      )) as { seq: number; registration: Row }[];
      if (rows.length === 0) break;
      const outcome = await this.importBatch(jobId, job.actor, rows);
      done = rows[rows.length - 1].seq + 1;
      await this.db.query(
        `UPDATE ${this.jobTables.jobs} SET rows_done = $2, imported = imported + $3, skipped = skipped + $4, failed = failed + $5,
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
      await this.db.query(`DELETE FROM ${this.jobTables.rows} WHERE job_id = $1`, [jobId]);
      await this.db.query(`UPDATE ${this.jobTables.jobs} SET status = 'done', finished_at = COALESCE(finished_at, $2) WHERE job_id = $1`, [
        jobId,
        this.clock.now(),
      ]);
    }
  }
}
