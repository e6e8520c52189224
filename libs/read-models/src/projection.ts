import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@app/event-store';

/**
 * A read model fed by every event in global order (it ignores the ones it does not use, so its
 * checkpoint always moves with the head and lag is a plain difference). `apply` runs inside the projector's transaction, which also
 * advances the checkpoint: rows and checkpoint commit together or not at all.
 */
export interface Projection {
  readonly name: string;
  /**
   * Non-unique indexes `apply` finds its rows through. A rebuild loads fresh tables with these and
   * the unique ones only, and builds every other index once the rows are in.
   */
  readonly lookupIndexes?: readonly string[];
  apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void>;
}
