import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbound channels: the outbox (one row per notification and channel, unique so a replayed
 * projection never enqueues twice; dead letters are its rows in state `dead`), each person's
 * channel choices, and each unit's webhook.
 */
export class Outbox1732300001930 implements MigrationInterface {
  name = 'Outbox1732300001930';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "outbox_messages" ("message_id" uuid NOT NULL, "notification_id" text NOT NULL, "channel" text NOT NULL, "user_id" text NOT NULL, "recipient" text NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, "link" text, "status" text NOT NULL, "attempts" integer NOT NULL, "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "lease_until" TIMESTAMP WITH TIME ZONE, "leased_by" text, "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, "dead_at" TIMESTAMP WITH TIME ZONE, "retried_by" text, "retried_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "outbox_messages_pkey" PRIMARY KEY ("message_id"), CONSTRAINT "outbox_messages_once" UNIQUE ("notification_id", "channel"))`,
    );
    await q.query(`CREATE INDEX "outbox_messages_due_idx" ON "outbox_messages" ("status", "next_attempt_at")`);
    await q.query(
      `CREATE TABLE "notification_preferences" ("user_id" text NOT NULL, "channels" text array NOT NULL, "email" text, "phone" text, "department_id" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("user_id"))`,
    );
    await q.query(
      `CREATE TABLE "department_webhooks" ("department_id" text NOT NULL, "url" text NOT NULL, "secret" text NOT NULL, "updated_by" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "department_webhooks_pkey" PRIMARY KEY ("department_id"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "department_webhooks"`);
    await q.query(`DROP TABLE "notification_preferences"`);
    await q.query(`DROP TABLE "outbox_messages"`);
  }
}
