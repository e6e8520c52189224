import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@app/event-store';

/**
 * A read model fed by every event in global order (it ignores the ones it does not use, so its
 * checkpoint always moves with the head and lag is a plain difference). `apply` runs inside the projector's transaction, which also
 * advances the checkpoint: rows and checkpoint commit together or not at all.
 */
export interface RebuildOptions {
  /** Rows a read model may hold in memory between batches before it writes them out (see HeldRows). */
  readonly heldRows?: number;
}

export interface Projection {
  readonly name: string;
  /**
   * Non-unique indexes `apply` finds its rows through. A rebuild loads fresh tables with these and
   * the unique ones only, and builds every other index once the rows are in.
   */
  readonly lookupIndexes?: readonly string[];
  /**
   * Whether `apply` reads events of this type; a batch with none of them leaves the rows as they
   * are, so a rebuild skips its transaction (the checkpoint moves with the next one). Absent: every type.
   */
  handles?(type: string): boolean;
  /**
   * The read model as one rebuild feeds it: fresh tables nobody else writes, every event once and in
   * order, and the whole rebuild dropped if a batch fails. It may carry what it learnt from earlier
   * batches in memory instead of reading it back. Absent: `apply` as the projector runs it.
   */
  forRebuild?(options?: RebuildOptions): Projection;
  /**
   * A rebuild's last write, in the transaction of its last checkpoint: what `apply` held in memory
   * instead of writing batch by batch (see HeldRows). Only on what forRebuild returns.
   */
  finish?(tx: EntityManager): Promise<void>;
  /**
   * Tables a rebuild only appends to (COPY) and never reads back while it replays: it loads them with
   * no index at all, unique ones included, and builds them all once the rows are in.
   */
  readonly appendOnlyInRebuild?: readonly string[];
  apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void>;
}
