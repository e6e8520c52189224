import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AllSubscription, EventStore, GlobalPosition, RecordedEvent, SubscriptionRefusedError, formatPosition } from '@app/event-store';
import { Projection } from '@app/read-models/projection';
import { openFailureOf, recordProjectionFailure, resolveAppliedFailure } from '@app/read-models/checkpoints/projection-failures';
import { ProjectionLease } from './projection-leases';

// A batch is whatever arrived while the previous one was being written, capped at maxBatch.
export const DEFAULT_MAX_BATCH = 1000;
const RETRY_MS = 1000;
const NO_POSITION = '-1';
// While held at an event it cannot apply: how often to look for the operator's decision, and to try the event again unasked.
const HELD_POLL_MS = 250;
const HELD_RETRY_MS = 30_000;
// A standby instance tries for the lease this often: the hand-over after its holder dies takes about this long.
const LEASE_RETRY_MS = 1000;
// Refused by the store for good (access denied, invalid position): tried again this seldom, in case an operator fixed it;
// following this long without a new refusal counts as fixed.
const REFUSED_RETRY_MS = 30_000;
const REFUSED_CLEARED_AFTER_MS = 5_000;

class CheckpointMovedError extends Error {}

/** The read model met an event it cannot apply; the failure is recorded and it holds just before that event. */
class ProjectionHeldError extends Error {
  constructor(readonly eventId: string) {
    super(`held at event ${eventId}`);
  }
}

export interface ProjectionStatus {
  readonly name: string;
  readonly checkpoint: GlobalPosition | null;
  readonly lastError: string | null;
  readonly heldAt: string | null;
  /** Whether this instance feeds the read model or waits for another instance's lease to end. */
  readonly role: 'active' | 'standby';
  /** Why this instance stopped following the store, while it cannot (readiness fails meanwhile). */
  readonly stoppedReason: string | null;
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
  /** Id of the event this read model is held at (an open failure), if any. */
  private heldAt: string | null = null;
  private role: 'active' | 'standby' = 'standby';
  private stoppedReason: string | null = null;
  /** Ends a wait early when the runner stops. */
  private wake: (() => void) | null = null;

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly projection: Projection,
    private readonly maxBatch = DEFAULT_MAX_BATCH,
    /** Without one (tests, the rebuild), this runner feeds its read model whatever other instances do. */
    private readonly lease: ProjectionLease | null = null,
    private readonly refused = { retryMs: REFUSED_RETRY_MS, clearedAfterMs: REFUSED_CLEARED_AFTER_MS },
  ) {
    this.logger = new Logger(`projection:${projection.name}`);
    lease?.onLost(() => {
      this.role = 'standby';
      void this.closeSubscription?.();
    });
  }

  start(): void {
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.closeSubscription?.();
    await this.loop;
    await this.lease?.release();
  }

  status(): ProjectionStatus {
    return {
      name: this.projection.name,
      checkpoint: this.checkpoint,
      lastError: this.lastError,
      heldAt: this.heldAt,
      role: this.role,
      stoppedReason: this.stoppedReason,
    };
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        if (!(await this.takeLease())) {
          await this.pause(LEASE_RETRY_MS);
          continue;
        }
        await this.follow();
      } catch (error: unknown) {
        if (this.stopped) return;
        if (error instanceof ProjectionHeldError) {
          await this.waitWhileHeld();
          continue;
        }
        if (error instanceof SubscriptionRefusedError) {
          await this.markStopped(error.reason);
          await this.pause(this.refused.retryMs);
          continue;
        }
        this.lastError = error instanceof Error ? error.message : String(error);
        if (!(error instanceof CheckpointMovedError)) this.logger.error(`stopped: ${this.lastError}; resuming from the stored checkpoint`);
        await this.pause(RETRY_MS);
      }
    }
  }

  /** Logged once and kept on the checkpoint row, where readiness finds it, until following works again. */
  private async markStopped(reason: string): Promise<void> {
    if (this.stoppedReason !== reason)
      this.logger.error(`stopped: ${reason}; readiness fails until this is fixed (tried again every ${this.refused.retryMs / 1000} s)`);
    this.stoppedReason = reason;
    this.lastError = reason;
    await this.dataSource.query('UPDATE projection_checkpoints SET stopped_reason = $2, stopped_at = now() WHERE name = $1', [
      this.projection.name,
      reason,
    ]);
  }

  private async clearStopped(): Promise<void> {
    if (this.stoppedReason === null) return;
    this.stoppedReason = null;
    await this.dataSource.query('UPDATE projection_checkpoints SET stopped_reason = NULL, stopped_at = NULL WHERE name = $1', [
      this.projection.name,
    ]);
    this.logger.log('following the store again');
  }

  /** True when this instance may feed the read model now; says so in the log when that changes. */
  private async takeLease(): Promise<boolean> {
    if (!this.lease) {
      this.role = 'active';
      return true;
    }
    const taken = await this.lease.acquire();
    if (taken && this.role !== 'active') this.logger.log('took the lease: this instance feeds the read model');
    this.role = taken ? 'active' : 'standby';
    return taken;
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** Until the operator skips the event or asks for a retry (or HELD_RETRY_MS pass, in case the cause was passing). */
  private async waitWhileHeld(): Promise<void> {
    const since = Date.now();
    while (!this.stopped && Date.now() - since < HELD_RETRY_MS) {
      const open = await openFailureOf(this.dataSource, this.projection.name);
      if (!open || open.retryRequested) return;
      await new Promise((resolve) => setTimeout(resolve, HELD_POLL_MS));
    }
  }

  private async follow(): Promise<void> {
    this.checkpoint = await this.loadCheckpoint();
    this.heldAt = (await openFailureOf(this.dataSource, this.projection.name))?.eventId ?? null;
    const subscription = this.store.subscribeToAll({ after: this.checkpoint ?? undefined });
    this.closeSubscription = () => subscription.close();
    // stop() may have run while the checkpoint was loading, before this subscription existed.
    if (this.stopped) await subscription.close();
    const cleared =
      this.stoppedReason === null ? null : setTimeout(() => void this.clearStopped().catch(() => undefined), this.refused.clearedAfterMs);
    try {
      await this.consume(subscription);
    } finally {
      if (cleared) clearTimeout(cleared);
    }
  }

  private async consume(subscription: AllSubscription): Promise<void> {
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

  /**
   * A batch that fails is applied again one event at a time, so the events before the bad one
   * commit and the bad one is named. It is recorded as the read model's open failure and the
   * runner holds there; the other read models have runners of their own and go on.
   */
  private async applyBatch(batch: RecordedEvent[]): Promise<void> {
    try {
      await this.applyEvents(batch);
    } catch (error: unknown) {
      if (error instanceof CheckpointMovedError) throw error;
      if (batch.length > 1) {
        for (const event of batch) await this.applyBatch([event]);
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      const first = await recordProjectionFailure(this.dataSource, this.projection.name, batch[0], message);
      const where = `${batch[0].type} ${batch[0].id} at ${formatPosition(batch[0].position)}`;
      if (first) this.logger.error(`cannot apply ${where}: ${message}; held there until an operator skips or retries it`);
      else this.logger.warn(`still cannot apply ${where}: ${message}`);
      this.heldAt = batch[0].id;
      this.lastError = message;
      throw new ProjectionHeldError(batch[0].id);
    }
  }

  private async applyEvents(batch: RecordedEvent[]): Promise<void> {
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
    await this.clearStopped();
    if (this.heldAt !== null && batch.some((e) => e.id === this.heldAt)) {
      await resolveAppliedFailure(this.dataSource, this.projection.name);
      this.logger.log(`applied ${this.heldAt} on retry; moving on`);
      this.heldAt = null;
    }
  }
}
