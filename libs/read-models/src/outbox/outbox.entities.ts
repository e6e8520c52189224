import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

export const OUTBOUND_CHANNELS = ['email', 'sms', 'webhook'] as const;
export type OutboundChannel = (typeof OUTBOUND_CHANNELS)[number];

/** pending → sent, or → dead after the last failed try (a dead letter; an administrator may put it back to pending). */
export type OutboxStatus = 'pending' | 'sent' | 'dead';

/** One message to send: a notification on one channel, at most once per (notification, channel). */
@Entity({ name: 'outbox_messages' })
@Unique('outbox_messages_once', ['notificationId', 'channel'])
@Index('outbox_messages_due_idx', ['status', 'nextAttemptAt'])
export class OutboxMessageRow {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'outbox_messages_pkey' })
  messageId!: string;

  @Column({ type: 'text' })
  notificationId!: string;

  @Column({ type: 'text' })
  channel!: OutboundChannel;

  @Column({ type: 'text' })
  userId!: string;

  /**
   * Who it goes to, as shown: the masked e-mail address or mobile number (the sender opens the person's current
   * one when it sends), or for a webhook the unit (its URL is read when sent).
   */
  @Column({ type: 'text' })
  recipient!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', nullable: true })
  link!: string | null;

  @Column({ type: 'text' })
  status!: OutboxStatus;

  /** Tries claimed so far (a try whose sender died counts too). */
  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ type: 'timestamptz' })
  nextAttemptAt!: Date;

  /** A sender holds the row until then; after it, another may take it over. */
  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @Column({ type: 'text', nullable: true })
  leasedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deadAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  retriedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  retriedAt!: Date | null;
}

/** The channels a person chose and their addresses (no row: the role's default, see defaultChannels). */
@Entity({ name: 'notification_preferences' })
export class NotificationPreferenceRow {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'notification_preferences_pkey' })
  userId!: string;

  @Column({ type: 'text', array: true })
  channels!: OutboundChannel[];

  /** Plain text as written before addresses were sealed; emptied by the start-up sealing (see ContactDetails). */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  /** The personal-data subject the addresses are sealed for (see ContactDetails). */
  @Column({ type: 'text', nullable: true })
  contactSubject!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  emailSealed!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  phoneSealed!: unknown;

  @Column({ type: 'text', nullable: true })
  emailMasked!: string | null;

  @Column({ type: 'text', nullable: true })
  phoneMasked!: string | null;

  /** The person's unit when they saved (their webhook channel goes to its URL); null for residents. */
  @Column({ type: 'text', nullable: true })
  departmentId!: string | null;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A unit's webhook, set by its asset manager (or the administrator); the secret signs every body. */
@Entity({ name: 'department_webhooks' })
export class DepartmentWebhookRow {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'department_webhooks_pkey' })
  departmentId!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text' })
  secret!: string;

  @Column({ type: 'text' })
  updatedBy!: string;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
