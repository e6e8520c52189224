import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@app/event-store';
import { eraseSubjectsIn } from '@app/platform/personal-data/postgres-personal-data-vault';
import { Projection } from '../projection';

const ERASED = 'resident.erased.v1';

/**
 * A resident's erasure (《个人信息保护法》, on request or at the end of retention) also forgets their
 * outbound addresses: their channel choice is deleted with the key their phone and e-mail were sealed
 * under (so no copy, backups included, can be opened), messages not yet sent are dropped, and sent
 * ones keep not even the masked address. Not part of a rebuild: an old erasure replayed must not delete what a
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
    const subjects = await tx.query<{ contact_subject: string }[]>(
      `WITH gone AS (DELETE FROM notification_preferences WHERE user_id = ANY($1::text[]) RETURNING contact_subject)
       SELECT contact_subject FROM gone`,
      [residents],
    );
    const erasedAt = new Date(events.filter((e) => e.type === ERASED).at(-1)!.metadata.occurredAt);
    await eraseSubjectsIn(
      tx,
      subjects.map((s) => s.contact_subject).filter((s): s is string => typeof s === 'string'),
      erasedAt,
    );
    await tx.query(`DELETE FROM outbox_messages WHERE user_id = ANY($1::text[]) AND status <> 'sent'`, [residents]);
    await tx.query(`UPDATE outbox_messages SET recipient = '(erased)' WHERE user_id = ANY($1::text[]) AND channel <> 'webhook'`, [
      residents,
    ]);
  }
}
