import { EntityManager } from 'typeorm';
import { bulkWrite } from '../bulk-write';
import { InboxNotificationRow } from './inbox.entities';

/** A notification as the inbox writes it and the outbound channels send it. */
export interface NotificationToInsert {
  readonly notificationId: string;
  /** The recipient's user id (account username; residents as the sharing context names its bookers). */
  readonly userId: string;
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  /** The web route that shows the object. */
  readonly link: string;
  readonly eventId: string;
  readonly position: string;
  readonly createdAt: Date;
}

/**
 * Outbound delivery (e-mail, webhook, SMS through the outbox): given the notifications new in this
 * transaction, it enqueues their messages in the same transaction. The inbox projection is built with one.
 */
export type NotificationHandOff = (tx: EntityManager, fresh: readonly NotificationToInsert[]) => Promise<void>;

/**
 * The one place notifications are written, inside the projection's transaction. Ids derive from the event
 * and the recipient, so a batch delivered again inserts nothing; the rows returned are the ones new in this
 * transaction — exactly what outbound delivery (the outbox, enqueued in this same transaction) must be given,
 * so nobody is sent the same notification twice.
 */
export async function insertNotifications(
  tx: EntityManager,
  rows: readonly NotificationToInsert[],
  handOff?: NotificationHandOff,
): Promise<NotificationToInsert[]> {
  if (rows.length === 0) return [];
  const before = new Set(
    (
      await tx.query<{ notification_id: string }[]>(
        `SELECT notification_id FROM inbox_notifications WHERE notification_id = ANY($1::uuid[])`,
        [rows.map((r) => r.notificationId)],
      )
    ).map((r) => r.notification_id),
  );
  const fresh = rows.filter((r) => !before.has(r.notificationId));
  await bulkWrite(tx, InboxNotificationRow, fresh, { conflict: ['notificationId'], onConflict: 'nothing' });
  if (handOff && fresh.length > 0) await handOff(tx, fresh);
  return fresh;
}
