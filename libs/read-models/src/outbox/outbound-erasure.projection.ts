import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@app/event-store';
import { Projection } from '../projection';

const ERASED = 'resident.erased.v1';

/**
 * A resident's erasure (《个人信息保护法》, on request or at the end of retention) also forgets their
 * outbound addresses: their channel choice (phone, e-mail) is deleted, messages not yet sent are dropped,
 * and sent ones keep no address. Not part of a rebuild: an old erasure replayed must not delete what a
 * resident who came back has saved since.
 */
export class OutboundErasureProjection implements Projection {
  readonly name = 'outbound-erasure';

  handles(type: string): boolean {
    return type === ERASED;
  }

  forRebuild(): Projection {
    return { name: this.name, handles: () => false, apply: () => Promise.resolve() };
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const residents = [
      ...new Set(
        events
          .filter((e) => e.type === ERASED)
          .map((e) => (e.data as { residentId?: unknown } | null)?.residentId)
          .filter((id): id is string => typeof id === 'string'),
      ),
    ];
    if (residents.length === 0) return;
    await tx.query(`DELETE FROM notification_preferences WHERE user_id = ANY($1::text[])`, [residents]);
    await tx.query(`DELETE FROM outbox_messages WHERE user_id = ANY($1::text[]) AND status <> 'sent'`, [residents]);
    await tx.query(`UPDATE outbox_messages SET recipient = '(erased)' WHERE user_id = ANY($1::text[]) AND channel <> 'webhook'`, [
      residents,
    ]);
  }
}
