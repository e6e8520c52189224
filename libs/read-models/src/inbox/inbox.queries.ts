import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor } from '../keyset-cursor';
import { inboxChangedPayload, INBOX_CHANGED_CHANNEL } from './inbox-signal';

export interface TodoItem {
  taskKey: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  createdAt: Date;
  closedAt: Date | null;
  closedReason: string | null;
}

export interface NotificationItem {
  notificationId: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  createdAt: Date;
  read: boolean;
}

export interface InboxCounts {
  /** Open to-dos (待办). */
  todos: number;
  /** Unread notifications (消息). */
  unread: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** One person's 待办 and 消息, newest first, in keyset pages (`position.key`). Nobody reads another's. */
@Injectable()
export class InboxQueries {
  constructor(private readonly dataSource: DataSource) {}

  async todos(userId: string, page: { open: boolean; cursor?: string; limit: number }): Promise<Page<TodoItem>> {
    const after = page.cursor ? decodeCursor(page.cursor, 2) : null;
    const rows = await this.dataSource.query<(TodoItem & { position: string })[]>(
      `SELECT task_key AS "taskKey", kind, title, body, link, created_at AS "createdAt", closed_at AS "closedAt",
              closed_reason AS "closedReason", position
         FROM inbox_todos
        WHERE user_id = $1 AND (closed_at IS NULL) = $2 AND ($3::bigint IS NULL OR (position, task_key) < ($3::bigint, $4::text))
        ORDER BY position DESC, task_key DESC LIMIT $5`,
      [userId, page.open, after?.[0] ?? null, after?.[1] ?? null, page.limit + 1],
    );
    return pageOf(
      rows,
      page.limit,
      (r) => [r.position, r.taskKey],
      ({ position: _, ...item }) => item,
    );
  }

  async notifications(userId: string, page: { unreadOnly: boolean; cursor?: string; limit: number }): Promise<Page<NotificationItem>> {
    const after = page.cursor ? decodeCursor(page.cursor, 2) : null;
    const rows = await this.dataSource.query<(NotificationItem & { position: string })[]>(
      `SELECT n.notification_id AS "notificationId", n.kind, n.title, n.body, n.link, n.created_at AS "createdAt",
              (m.notification_id IS NOT NULL) AS read, n.position
         FROM inbox_notifications n LEFT JOIN inbox_read_marks m ON m.notification_id = n.notification_id
        WHERE n.user_id = $1 AND (NOT $2::boolean OR m.notification_id IS NULL)
          AND ($3::bigint IS NULL OR (n.position, n.notification_id) < ($3::bigint, $4::uuid))
        ORDER BY n.position DESC, n.notification_id DESC LIMIT $5`,
      [userId, page.unreadOnly, after?.[0] ?? null, after?.[1] ?? null, page.limit + 1],
    );
    return pageOf(
      rows,
      page.limit,
      (r) => [r.position, r.notificationId],
      ({ position: _, ...item }) => item,
    );
  }

  async counts(userId: string): Promise<InboxCounts> {
    const [row] = await this.dataSource.query<{ todos: string; unread: string }[]>(
      `SELECT (SELECT count(*) FROM inbox_todos WHERE user_id = $1 AND closed_at IS NULL) AS todos,
              (SELECT count(*) FROM inbox_notifications n WHERE n.user_id = $1
                  AND NOT EXISTS (SELECT 1 FROM inbox_read_marks m WHERE m.notification_id = n.notification_id)) AS unread`,
      [userId],
    );
    return { todos: Number(row.todos), unread: Number(row.unread) };
  }

  async isMine(userId: string, notificationId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(`SELECT 1 FROM inbox_notifications WHERE notification_id = $1 AND user_id = $2`, [
      notificationId,
      userId,
    ]);
    return rows.length > 0;
  }

  /**
   * Marks the person's own notifications read (ids of anyone else's are ignored, not an error: nothing is
   * said about them); all of them when `ids` is null. Returns how many were newly marked; the open pages
   * of that person hear of it through the same signal the projector uses.
   */
  markRead(userId: string, ids: readonly string[] | null, at: Date): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const marked = await tx.query<{ notification_id: string }[]>(
        `INSERT INTO inbox_read_marks (notification_id, user_id, read_at)
         SELECT n.notification_id, n.user_id, $3 FROM inbox_notifications n
          WHERE n.user_id = $1 AND ($2::uuid[] IS NULL OR n.notification_id = ANY($2::uuid[]))
         ON CONFLICT (notification_id) DO NOTHING RETURNING notification_id`,
        [userId, ids, at.toISOString()],
      );
      if (marked.length > 0) await tx.query(`SELECT pg_notify($1, $2)`, [INBOX_CHANGED_CHANNEL, inboxChangedPayload([userId])]);
      return marked.length;
    });
  }
}

function pageOf<R, T>(rows: R[], limit: number, key: (row: R) => string[], view: (row: R) => T): Page<T> {
  const items = rows.slice(0, limit).map(view);
  return { items, nextCursor: rows.length > limit ? encodeCursor(key(rows[limit - 1])) : null };
}
