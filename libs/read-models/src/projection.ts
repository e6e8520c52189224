import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@app/event-store';

/**
 * A read model fed by every event in global order (it ignores the ones it does not use, so its
 * checkpoint always moves with the head and lag is a plain difference). `apply` runs inside the projector's transaction, which also
 * advances the checkpoint: rows and checkpoint commit together or not at all.
 */
export interface Projection {
  readonly name: string;
  apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void>;
}
