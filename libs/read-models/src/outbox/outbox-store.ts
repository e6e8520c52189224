import { DataSource, EntityManager } from 'typeorm';
import { OutboundChannel, OutboxStatus } from './outbox.entities';

/** A claimed outbox row, as a sender sees it. */
export interface OutboundMessage {
  readonly messageId: string;
  readonly notificationId: string;
  readonly channel: OutboundChannel;
  readonly userId: string;
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
  readonly link: string | null;
  readonly attempts: number;
  readonly createdAt: Date;
}

/** A dead letter as the administrator's page lists it. */
export interface DeadLetter extends OutboundMessage {
  readonly lastError: string | null;
  readonly deadAt: Date;
}

interface Row {
  message_id: string;
  notification_id: string;
  channel: OutboundChannel;
  user_id: string;
  recipient: string;
  subject: string;
  body: string;
  link: string | null;
  attempts: number;
  created_at: Date;
  last_error: string | null;
  dead_at: Date | null;
  status: OutboxStatus;
}

const message = (r: Row): OutboundMessage => ({
  messageId: r.message_id,
  notificationId: r.notification_id,
  channel: r.channel,
  userId: r.user_id,
  recipient: r.recipient,
  subject: r.subject,
  body: r.body,
  link: r.link,
  attempts: r.attempts,
  createdAt: r.created_at,
});

/** The longest failure text kept (a provider's whole answer can be long). */
const ERROR_KEPT = 1000;

/**
 * The outbox's SQL for senders and the administrator. Each statement commits on its own: a claim
 * holds its rows by lease (`lease_until`), not by an open transaction across the network call.
 */
export class OutboxStore {
  constructor(private readonly db: DataSource | EntityManager) {}

  /**
   * Takes up to `limit` due rows for `workerId` until `leaseUntil`. `FOR UPDATE SKIP LOCKED` lets
   * several senders claim at once without waiting on or taking each other's rows; a row whose lease
   * ran out (its sender died) is due again. The try is counted when claimed, so a sender that dies
   * mid-send still moves the row towards its last try.
   */
  async claim(workerId: string, now: Date, leaseUntil: Date, limit: number): Promise<OutboundMessage[]> {
    const rows = await this.db.query<Row[]>(
      `WITH due AS (
         SELECT message_id FROM outbox_messages
          WHERE status = 'pending' AND next_attempt_at <= $1 AND (lease_until IS NULL OR lease_until <= $1)
          ORDER BY next_attempt_at
          LIMIT $2
          FOR UPDATE SKIP LOCKED),
       claimed AS (
         UPDATE outbox_messages o SET attempts = o.attempts + 1, lease_until = $3, leased_by = $4
           FROM due WHERE o.message_id = due.message_id
         RETURNING o.*)
       SELECT * FROM claimed ORDER BY created_at`,
      [now, limit, leaseUntil, workerId],
    );
    return rows.map(message);
  }

  /** Delivered: never sent again (whoever holds the lease now). */
  async markSent(messageId: string, now: Date): Promise<void> {
    await this.db.query(
      `UPDATE outbox_messages SET status = 'sent', sent_at = $2, lease_until = NULL, last_error = NULL
        WHERE message_id = $1 AND status = 'pending'`,
      [messageId, now],
    );
  }

  /**
   * Deletes up to `limit` rows sent before `before`; returns how many. Safe against sending twice: a row is
   * enqueued only by the inbox projection's batch past its checkpoint, never again for an event long applied,
   * and a rebuild hands nothing to the outbox.
   */
  async pruneSent(before: Date, limit: number): Promise<number> {
    const [row] = await this.db.query<{ n: number }[]>(
      `WITH gone AS (
         DELETE FROM outbox_messages WHERE message_id IN (
           SELECT message_id FROM outbox_messages WHERE status = 'sent' AND sent_at < $1 LIMIT $2)
         RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [before, limit],
    );
    return row.n;
  }

  /** Failed: due again at `retryAt`, or a dead letter when `retryAt` is null (no tries left, or no try can succeed). */
  async markFailed(messageId: string, workerId: string, error: string, now: Date, retryAt: Date | null): Promise<void> {
    const reason = error.slice(0, ERROR_KEPT);
    if (retryAt === null)
      await this.db.query(
        `UPDATE outbox_messages SET status = 'dead', dead_at = $3, lease_until = NULL, last_error = $4
          WHERE message_id = $1 AND leased_by = $2 AND status = 'pending'`,
        [messageId, workerId, now, reason],
      );
    else
      await this.db.query(
        `UPDATE outbox_messages SET next_attempt_at = $3, lease_until = NULL, last_error = $4
          WHERE message_id = $1 AND leased_by = $2 AND status = 'pending'`,
        [messageId, workerId, retryAt, reason],
      );
  }

  /** The unit's webhook now (URL and signing secret), if it has one. */
  async webhookOf(departmentId: string): Promise<{ url: string; secret: string } | null> {
    const [row] = await this.db.query<{ url: string; secret: string }[]>(
      `SELECT url, secret FROM department_webhooks WHERE department_id = $1`,
      [departmentId],
    );
    return row ?? null;
  }

  async deadLetters(limit: number): Promise<DeadLetter[]> {
    const rows = await this.db.query<Row[]>(
      `SELECT * FROM outbox_messages WHERE status = 'dead' ORDER BY dead_at DESC, message_id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({ ...message(r), lastError: r.last_error, deadAt: r.dead_at! }));
  }

  /** Puts a dead letter back for a fresh round of tries; false when there is no such dead letter. */
  async retryDeadLetter(messageId: string, by: string, now: Date): Promise<boolean> {
    const rows = await this.db.query<{ message_id: string }[]>(
      `WITH retried AS (
         UPDATE outbox_messages SET status = 'pending', attempts = 0, next_attempt_at = $3, dead_at = NULL, lease_until = NULL,
                leased_by = NULL, retried_by = $2, retried_at = $3
          WHERE message_id = $1 AND status = 'dead'
         RETURNING message_id)
       SELECT message_id FROM retried`,
      [messageId, by, now],
    );
    return rows.length === 1;
  }

  /** Rows waiting and dead letters (sent rows are not counted: they only grow). */
  async counts(): Promise<{ pending: number; dead: number }> {
    const rows = await this.db.query<{ status: OutboxStatus; n: string }[]>(
      `SELECT status, count(*) AS n FROM outbox_messages WHERE status IN ('pending', 'dead') GROUP BY status`,
    );
    const of = (status: OutboxStatus) => Number(rows.find((r) => r.status === status)?.n ?? 0);
    return { pending: of('pending'), dead: of('dead') };
  }

  async statusOf(messageId: string): Promise<{ status: OutboxStatus; attempts: number; lastError: string | null } | null> {
    const [row] = await this.db.query<Row[]>(`SELECT status, attempts, last_error FROM outbox_messages WHERE message_id = $1`, [messageId]);
    return row ? { status: row.status, attempts: row.attempts, lastError: row.last_error } : null;
  }
}
