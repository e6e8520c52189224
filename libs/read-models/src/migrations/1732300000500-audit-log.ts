import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1732300000500 implements MigrationInterface {
  name = 'AuditLog1732300000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "audit_log" ("leaf_index" bigint NOT NULL, "event_id" uuid NOT NULL, "stream_id" text NOT NULL, "stream_revision" bigint NOT NULL, "commit_position" bigint NOT NULL, "prepare_position" bigint NOT NULL, "event_type" text NOT NULL, "actor_id" text NOT NULL, "department_ids" text array NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "data" jsonb NOT NULL, "metadata" jsonb NOT NULL, "leaf_hash" bytea NOT NULL, CONSTRAINT "PK_63c76546c8f76684b042e37857e" PRIMARY KEY ("leaf_index"))`,
    );
    await q.query(`CREATE INDEX "audit_log_occurred_idx" ON "audit_log" ("occurred_at")`);
    await q.query(`CREATE INDEX "audit_log_actor_idx" ON "audit_log" ("actor_id")`);
    await q.query(`CREATE INDEX "audit_log_type_idx" ON "audit_log" ("event_type")`);
    await q.query(`CREATE UNIQUE INDEX "audit_log_event_id_uq" ON "audit_log" ("event_id")`);
    await q.query(`CREATE INDEX "audit_log_stream_idx" ON "audit_log" ("stream_id", "stream_revision")`);
    await q.query(
      `CREATE TABLE "audit_tree_heads" ("tree_size" bigint NOT NULL, "root_hash" text NOT NULL, "timestamp" text NOT NULL, "signature" text NOT NULL, "key_id" text NOT NULL, CONSTRAINT "PK_4ca12a0a25b6893d5f9e6af0f5e" PRIMARY KEY ("tree_size"))`,
    );
    // Timeline by department: any of the departments an event concerns.
    await q.query(`CREATE INDEX "audit_log_departments_idx" ON "audit_log" USING gin ("department_ids")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_tree_heads"`);
    await q.query(`DROP TABLE "audit_log"`);
  }
}
