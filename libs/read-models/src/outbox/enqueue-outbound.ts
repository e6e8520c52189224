import { EntityManager } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import { OutboundChannel } from './outbox.entities';

/** What the outbox needs of a notification (the inbox's NotificationToInsert has these fields). */
export interface OutboundNotification {
  readonly notificationId: string;
  readonly userId: string;
  readonly title: string;
  readonly body: string;
  readonly link: string | null;
  readonly createdAt: Date;
}

/** Namespace of the outbox message ids: one id per (notification, channel), the same on every replay. */
const MESSAGE_NAMESPACE = 'a3f1c0de-15b0-4c1e-9d0b-0a7b0c5e1f15';

export const outboxMessageId = (notificationId: string, channel: OutboundChannel): string =>
  uuidv5(`${notificationId}:${channel}`, MESSAGE_NAMESPACE);

interface Preference {
  user_id: string;
  channels: OutboundChannel[];
  email_masked: string | null;
  phone_masked: string | null;
  department_id: string | null;
}

/**
 * Hands notifications to the outbound channels inside the caller's transaction (the projection's),
 * so a notification and its messages commit together or not at all. One row per notification and
 * channel the person chose, with their address masked (the sender opens the current one; for a webhook: their unit); `ON CONFLICT DO NOTHING` on
 * (notification, channel) means a replayed batch enqueues nothing twice. A channel without an
 * address (no e-mail given, no unit webhook) is skipped: there is nobody to send it to.
 * Returns the number of rows written. Call it from `apply` only: a rebuild's notifications were
 * handed over when they first happened.
 */
export async function enqueueOutbound(tx: EntityManager, notifications: readonly OutboundNotification[]): Promise<number> {
  if (notifications.length === 0) return 0;
  const users = [...new Set(notifications.map((n) => n.userId))];
  const preferences = new Map(
    (
      await tx.query<Preference[]>(
        `SELECT user_id, channels, department_id,
                coalesce(email_masked, CASE WHEN email IS NOT NULL THEN '***' END) AS email_masked,
                coalesce(phone_masked, CASE WHEN phone IS NOT NULL THEN '****' END) AS phone_masked
           FROM notification_preferences WHERE user_id = ANY($1::text[])`,
        [users],
      )
    ).map((p) => [p.user_id, p]),
  );
  const departments = [...new Set([...preferences.values()].filter((p) => p.channels.includes('webhook')).map((p) => p.department_id))];
  const webhooks = new Set(
    departments.length === 0
      ? []
      : (
          await tx.query<{ department_id: string }[]>(
            `SELECT department_id FROM department_webhooks WHERE department_id = ANY($1::text[])`,
            [departments.filter((d): d is string => d !== null)],
          )
        ).map((w) => w.department_id),
  );
  const rows: { notification: OutboundNotification; channel: OutboundChannel; recipient: string }[] = [];
  for (const notification of notifications) {
    const preference = preferences.get(notification.userId);
    if (!preference) continue;
    const address: Record<OutboundChannel, string | null | undefined> = {
      // Masked: the sender opens the person's sealed address when it sends (see ContactDetails).
      email: preference.email_masked,
      sms: preference.phone_masked,
      // The unit, not its URL: the sender reads the URL and secret when it sends (a changed URL gets what is still due).
      webhook: preference.department_id !== null && webhooks.has(preference.department_id) ? preference.department_id : null,
    };
    for (const channel of new Set(preference.channels)) {
      const recipient = address[channel];
      if (recipient) rows.push({ notification, channel, recipient });
    }
  }
  if (rows.length === 0) return 0;
  const column = <T>(pick: (r: (typeof rows)[number]) => T) => rows.map(pick);
  const inserted = await tx.query<unknown[]>(
    `INSERT INTO outbox_messages
       (message_id, notification_id, channel, user_id, recipient, subject, body, link, status, attempts, next_attempt_at, created_at)
     SELECT m, n, c, u, r, s, b, l, 'pending', 0, t, t
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[])
         AS x(m, n, c, u, r, s, b, l, t)
     ON CONFLICT ON CONSTRAINT outbox_messages_once DO NOTHING
     RETURNING message_id`,
    [
      column((r) => outboxMessageId(r.notification.notificationId, r.channel)),
      column((r) => r.notification.notificationId),
      column((r) => r.channel),
      column((r) => r.notification.userId),
      column((r) => r.recipient),
      column((r) => r.notification.title),
      column((r) => r.notification.body),
      column((r) => r.notification.link),
      column((r) => r.notification.createdAt.toISOString()),
    ],
  );
  return inserted.length;
}
