import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The people the inbox can address by role: folded from the account events by the inbox projection itself
 * (a read model reads no other read model's tables), so a step's approvers are known when the step opens.
 */
@Entity({ name: 'inbox_accounts' })
@Index('inbox_accounts_department_idx', ['departmentId'])
export class InboxAccountRow {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'inbox_accounts_pkey' })
  userId!: string;

  @Column({ type: 'text', array: true })
  roles!: string[];

  @Column({ type: 'text', nullable: true })
  departmentId!: string | null;

  @Column({ type: 'boolean' })
  disabled!: boolean;
}

/**
 * What the inbox learnt about an object from an earlier event and needs again later (a listing's owner and
 * claims, a transfer's sides and chain, a space's unit, a booking's booker, an org unit's parent), keyed
 * `kind:id`. Only the inbox projection writes or reads it.
 */
@Entity({ name: 'inbox_refs' })
export class InboxRefRow {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'inbox_refs_pkey' })
  ref!: string;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;
}

/**
 * 待办: one row per task and person it waits for. It closes (for everyone it was given to) when the task is
 * done by anyone; `position` is the global position of the event that opened it (the page's order and cursor).
 */
@Entity({ name: 'inbox_todos' })
@Index('inbox_todos_open_idx', ['userId', 'closedAt', 'position'])
export class InboxTodoRow {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'inbox_todos_pkey' })
  taskKey!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'inbox_todos_pkey' })
  userId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  link!: string;

  @Column({ type: 'bigint' })
  position!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** done | rejected | withdrawn | cancelled | expired */
  @Column({ type: 'text', nullable: true })
  closedReason!: string | null;
}

/** 消息: what happened to my things, one row per event and person; the id is derived from both (a replay writes nothing new). */
@Entity({ name: 'inbox_notifications' })
@Index('inbox_notifications_user_idx', ['userId', 'position'])
export class InboxNotificationRow {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'inbox_notifications_pkey' })
  notificationId!: string;

  @Column({ type: 'text' })
  userId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  link!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'bigint' })
  position!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * Which notifications a person has read. Written by the API, not by the projection (no event says it), so a
 * rebuild of the inbox keeps it: the rebuilt notifications have the same ids.
 */
@Entity({ name: 'inbox_read_marks' })
@Index('inbox_read_marks_user_idx', ['userId'])
export class InboxReadMarkRow {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'inbox_read_marks_pkey' })
  notificationId!: string;

  @Column({ type: 'text' })
  userId!: string;

  @Column({ type: 'timestamptz' })
  readAt!: Date;
}
