import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Property imports (物业导入) as background jobs: the same two tables as the asset import's (the job with its
 * checkpoint, and its checked rows kept for a resume), so one job queue (ImportJobQueue) works both.
 */
export class PropertyImports1732300002400 implements MigrationInterface {
  name = 'PropertyImports1732300002400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "property_import_jobs" ("job_id" uuid NOT NULL, "department_id" text NOT NULL, "actor" jsonb NOT NULL, "file_name" text NOT NULL, "encoding" text NOT NULL, "status" text NOT NULL, "total_rows" integer NOT NULL, "rows_done" integer NOT NULL, "imported" integer NOT NULL, "skipped" integer NOT NULL, "failed" integer NOT NULL, "failures" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "property_import_jobs_pkey" PRIMARY KEY ("job_id"))`,
    );
    await q.query(`CREATE INDEX "property_import_jobs_department_idx" ON "property_import_jobs" ("department_id", "created_at")`);
    await q.query(
      `CREATE TABLE "property_import_rows" ("job_id" uuid NOT NULL, "seq" integer NOT NULL, "row_number" integer NOT NULL, "registration" jsonb NOT NULL, CONSTRAINT "property_import_rows_pkey" PRIMARY KEY ("job_id", "seq"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "property_import_rows"`);
    await q.query(`DROP TABLE "property_import_jobs"`);
  }
}
