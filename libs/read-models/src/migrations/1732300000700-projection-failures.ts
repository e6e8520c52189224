import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProjectionFailures1732300000700 implements MigrationInterface {
  name = 'ProjectionFailures1732300000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "projection_failures" ("id" BIGSERIAL NOT NULL, "projection" text NOT NULL, "event_id" uuid NOT NULL, "event_type" text NOT NULL, "stream_id" text NOT NULL, "commit_position" bigint NOT NULL, "prepare_position" bigint NOT NULL, "error" text NOT NULL, "attempts" integer NOT NULL DEFAULT '1', "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_failed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "requested_action" text, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolution" text, "resolved_by" text, CONSTRAINT "PK_fd8d89845f8571dea30a9790cc2" PRIMARY KEY ("id"))`,
    );
    // At most one open failure per read model: it holds there until the operator moves it on.
    await q.query(`CREATE UNIQUE INDEX "projection_failures_open_uq" ON "projection_failures" ("projection") WHERE resolved_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "projection_failures"`);
  }
}
