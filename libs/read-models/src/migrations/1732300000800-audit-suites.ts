import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each signed tree head names its cryptographic suite (heads signed before suites existed are
 * international), and the log records the suite its leaves are hashed with, from which leaf.
 */
export class AuditSuites1732300000800 implements MigrationInterface {
  name = 'AuditSuites1732300000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "audit_tree_heads" ADD "suite" text NOT NULL DEFAULT 'international'`);
    await q.query(
      `CREATE TABLE "audit_log_epochs" ("epoch" integer NOT NULL, "suite" text NOT NULL, "first_leaf" bigint NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_audit_log_epochs" PRIMARY KEY ("epoch"))`,
    );
    // A log that existed before suites was hashed with SHA-256 from its first leaf.
    await q.query(
      `INSERT INTO "audit_log_epochs" ("epoch", "suite", "first_leaf", "started_at") SELECT 0, 'international', 0, now() WHERE EXISTS (SELECT 1 FROM "audit_log")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_log_epochs"`);
    await q.query(`ALTER TABLE "audit_tree_heads" DROP COLUMN "suite"`);
  }
}
