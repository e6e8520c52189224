import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@app/event-store';
import { bulkRead, bulkWrite } from '../bulk-write';
import { Projection } from '../projection';
import { InboxAccountRow, InboxRefRow, InboxTodoRow } from './inbox.entities';
import { accountNamedBy, INBOX_EVENT_TYPES, InboxFold, refsNamedBy } from './inbox-fold';
import { InboxDirectory, InboxUnit } from './inbox-recipients';
import { inboxChangedPayload, INBOX_CHANGED_CHANNEL } from './inbox-signal';
import { insertNotifications, NotificationHandOff } from './notification-insert';

/** The roles the inbox addresses by unit: their accounts are read for every batch; others only when an event names them. */
const ADDRESSED_ROLES = ['asset_manager', 'finance_approver'];

/**
 * 待办 and 消息 per person. A batch is folded in memory (InboxFold) over what it needs read at once: the
 * accounts of the addressed roles, the org units, and the references its events name; then written back in
 * one statement per table, closings included, and NOTIFY says whose inbox changed (delivered at commit).
 */
export class InboxProjection implements Projection {
  readonly name = 'inbox';

  /**
   * `handOff`: outbound delivery of each new notification, in this transaction (the outbox). `rebuilding`:
   * fresh tables replayed from the start, so nobody is told again (no NOTIFY, nothing handed off).
   */
  constructor(private readonly options: { readonly handOff?: NotificationHandOff; readonly rebuilding?: boolean } = {}) {}

  forRebuild(): Projection {
    return new InboxProjection({ rebuilding: true });
  }

  handles(type: string): boolean {
    return INBOX_EVENT_TYPES.has(type);
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const relevant = events.filter((e) => INBOX_EVENT_TYPES.has(e.type));
    if (relevant.length === 0) return;
    const refKeys = [...new Set(relevant.flatMap(refsNamedBy))];
    const named = [...new Set(relevant.map(accountNamedBy).filter((u): u is string => u !== null))];
    // One connection (the transaction's): the reads go one after another.
    const accounts = await tx.query<InboxAccountRow[]>(
      `SELECT user_id AS "userId", roles, department_id AS "departmentId", disabled FROM inbox_accounts WHERE roles && $1::text[] OR user_id = ANY($2::text[])`,
      [ADDRESSED_ROLES, named],
    );
    const units = await tx.query<{ ref: string; data: InboxUnit }[]>(`SELECT ref, data FROM inbox_refs WHERE ref LIKE 'unit:%'`);
    const refs = await bulkRead(tx, InboxRefRow, 'ref', refKeys);
    const directory = new InboxDirectory(
      new Map(accounts.map((a) => [a.userId, { ...a, roles: Array.isArray(a.roles) ? a.roles : [] }])),
      new Map(units.map((u) => [u.ref.slice('unit:'.length), u.data])),
    );
    const fold = new InboxFold(directory, new Map(refs.map((r) => [r.ref, r.data])));
    for (const recorded of relevant) fold.apply(recorded);

    await bulkWrite(
      tx,
      InboxAccountRow,
      [...fold.changedAccounts].map((userId) => {
        const a = directory.accounts.get(userId)!;
        return { userId, roles: [...a.roles], departmentId: a.departmentId, disabled: a.disabled };
      }),
      { conflict: ['userId'], onConflict: 'update' },
    );
    await bulkWrite(
      tx,
      InboxRefRow,
      [...fold.changedRefs].map((ref) => ({ ref, data: fold.refs.get(ref)! })),
      { conflict: ['ref'], onConflict: 'update' },
    );
    const todos: InboxTodoRow[] = [...fold.todos.values()];
    // A task opened again by a replay keeps the row it has (closed or not): insert once.
    await bulkWrite(tx, InboxTodoRow, todos, { conflict: ['taskKey', 'userId'], onConflict: 'nothing' });
    const touched = new Set(todos.map((t) => t.userId));
    if (fold.closings.size > 0) {
      const closings = [...fold.closings.entries()];
      const closed = await tx.query<{ user_id: string }[]>(
        `UPDATE inbox_todos t SET closed_at = c.at, closed_reason = c.reason
           FROM unnest($1::text[], $2::timestamptz[], $3::text[]) AS c(task_key, at, reason)
          WHERE t.task_key = c.task_key AND t.closed_at IS NULL
          RETURNING t.user_id`,
        [closings.map(([key]) => key), closings.map(([, c]) => c.at.toISOString()), closings.map(([, c]) => c.reason)],
      );
      for (const row of closed) touched.add(row.user_id);
    }
    if (this.options.rebuilding) {
      await insertNotifications(tx, fold.notifications);
      return;
    }
    const inserted = await insertNotifications(tx, fold.notifications, this.options.handOff);
    for (const n of inserted) touched.add(n.userId);
    if (touched.size > 0) await tx.query(`SELECT pg_notify($1, $2)`, [INBOX_CHANGED_CHANNEL, inboxChangedPayload(touched)]);
  }
}
