import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventStore, GlobalPosition, RecordedEvent, formatPosition } from '@app/event-store';
import { Projection } from '@app/read-models/projection';

// A batch is whatever arrived while the previous one was being written, capped at maxBatch.
export const DEFAULT_MAX_BATCH = 1000;
const RETRY_MS = 1000;
const NO_POSITION = '-1';

class CheckpointMovedError extends Error {}

export interface ProjectionStatus {
  readonly name: string;
  readonly checkpoint: GlobalPosition | null;
  readonly lastError: string | null;
}

/**
 * Feeds one read model from a catch-up subscription. Rows and checkpoint are written in one
 * transaction, and the checkpoint row is locked and compared first: a crash rolls both back,
 * and a second projector instance on the same read model can never apply an event twice.
 */
export class ProjectionRunner {
  private readonly logger: Logger;
  private stopped = false;
  private closeSubscription: (() => Promise<void>) | null = null;
  private loop: Promise<void> | null = null;
  private checkpoint: GlobalPosition | null = null;
  private lastError: string | null = null;

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly projection: Projection,
    private readonly maxBatch = DEFAULT_MAX_BATCH,
  ) {
    this.logger = new Logger(`projection:${projection.name}`);
  }

  start(): void {
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.closeSubscription?.();
    await this.loop;
  }

  status(): ProjectionStatus {
    return { name: this.projection.name, checkpoint: this.checkpoint, lastError: this.lastError };
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.follow();
      } catch (error: unknown) {
        if (this.stopped) return;
        this.lastError = error instanceof Error ? error.message : String(error);
        if (!(error instanceof CheckpointMovedError)) this.logger.error(`stopped: ${this.lastError}; resuming from the stored checkpoint`);
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  }

  private async follow(): Promise<void> {
    this.checkpoint = await this.loadCheckpoint();
    const subscription = this.store.subscribeToAll({ after: this.checkpoint ?? undefined });
    this.closeSubscription = () => subscription.close();
    // stop() may have run while the checkpoint was loading, before this subscription existed.
    if (this.stopped) await subscription.close();
    const pending: RecordedEvent[] = [];
    let failure: unknown = null;
    let flushing: Promise<void> | null = null;
    const flush = async () => {
      while (pending.length > 0 && failure === null) {
        const batch = pending.splice(0, this.maxBatch);
        await this.applyBatch(batch);
      }
    };
    for await (const event of subscription) {
      pending.push(event);
      flushing ??= flush()
        .catch(async (error: unknown) => {
          failure = error;
          await subscription.close();
        })
        .finally(() => (flushing = null));
      if (pending.length >= this.maxBatch) await flushing;
      if (failure !== null || this.stopped) break;
    }
    await subscription.close();
    await flushing;
    if (failure !== null) throw failure;
  }

  private async loadCheckpoint(): Promise<GlobalPosition | null> {
    await this.dataSource.query(
      `INSERT INTO projection_checkpoints (name, commit_position, prepare_position, updated_at)
       VALUES ($1, ${NO_POSITION}, ${NO_POSITION}, now()) ON CONFLICT (name) DO NOTHING`,
      [this.projection.name],
    );
    const [row] = await this.dataSource.query<{ commit_position: string; prepare_position: string }[]>(
      'SELECT commit_position, prepare_position FROM projection_checkpoints WHERE name = $1',
      [this.projection.name],
    );
    return row.commit_position === NO_POSITION ? null : { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) };
  }

  private async applyBatch(batch: RecordedEvent[]): Promise<void> {
    const last = batch[batch.length - 1].position;
    await this.dataSource.transaction(async (tx) => {
      const [row] = await tx.query<{ commit_position: string; prepare_position: string }[]>(
        'SELECT commit_position, prepare_position FROM projection_checkpoints WHERE name = $1 FOR UPDATE',
        [this.projection.name],
      );
      const stored = row.commit_position === NO_POSITION ? null : `${row.commit_position}/${row.prepare_position}`;
      const expected = this.checkpoint ? formatPosition(this.checkpoint) : null;
      if (stored !== expected) throw new CheckpointMovedError(`checkpoint moved to ${stored} (expected ${expected})`);
      await this.projection.apply(tx, batch);
      await tx.query(
        `UPDATE projection_checkpoints SET commit_position = $2, prepare_position = $3,
           events_applied = events_applied + $4, updated_at = now() WHERE name = $1`,
        [this.projection.name, last.commit.toString(), last.prepare.toString(), batch.length],
      );
    });
    this.checkpoint = last;
    this.lastError = null;
  }
}
