import { MigrationInterface, QueryRunner } from 'typeorm';

/** The to-do inbox (待办) and notifications (消息) per person, with the directory and references the inbox projection keeps. */
export class Inbox1732300001850 implements MigrationInterface {
  name = 'Inbox1732300001850';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "inbox_accounts" ("user_id" text NOT NULL, "roles" text array NOT NULL, "department_id" text, "disabled" boolean NOT NULL, CONSTRAINT "inbox_accounts_pkey" PRIMARY KEY ("user_id"))`,
    );
    await q.query(`CREATE INDEX "inbox_accounts_department_idx" ON "inbox_accounts" ("department_id")`);
    await q.query(
      `CREATE TABLE "inbox_refs" ("ref" text NOT NULL, "data" jsonb NOT NULL, CONSTRAINT "inbox_refs_pkey" PRIMARY KEY ("ref"))`,
    );
    await q.query(
      `CREATE TABLE "inbox_todos" ("task_key" text NOT NULL, "user_id" text NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text NOT NULL, "position" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_reason" text, CONSTRAINT "inbox_todos_pkey" PRIMARY KEY ("task_key", "user_id"))`,
    );
    await q.query(`CREATE INDEX "inbox_todos_open_idx" ON "inbox_todos" ("user_id", "closed_at", "position")`);
    await q.query(
      `CREATE TABLE "inbox_notifications" ("notification_id" uuid NOT NULL, "user_id" text NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text NOT NULL, "event_id" uuid NOT NULL, "position" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "inbox_notifications_pkey" PRIMARY KEY ("notification_id"))`,
    );
    await q.query(`CREATE INDEX "inbox_notifications_user_idx" ON "inbox_notifications" ("user_id", "position")`);
    await q.query(
      `CREATE TABLE "inbox_read_marks" ("notification_id" uuid NOT NULL, "user_id" text NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "inbox_read_marks_pkey" PRIMARY KEY ("notification_id"))`,
    );
    await q.query(`CREATE INDEX "inbox_read_marks_user_idx" ON "inbox_read_marks" ("user_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "inbox_read_marks"`);
    await q.query(`DROP TABLE "inbox_notifications"`);
    await q.query(`DROP TABLE "inbox_todos"`);
    await q.query(`DROP TABLE "inbox_refs"`);
    await q.query(`DROP TABLE "inbox_accounts"`);
  }
}
