import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@app/event-store';

/**
 * A read model fed by events. `apply` runs inside the projector's transaction, which also
 * advances the checkpoint: rows and checkpoint commit together or not at all.
 */
export interface Projection {
  readonly name: string;
  /** Streams this read model reads; the subscription is filtered to them. */
  readonly streamPrefixes: readonly string[];
  apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void>;
}
