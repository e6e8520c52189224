import { MigrationInterface, QueryRunner } from 'typeorm';

/** Register imports (资产导入) as background jobs: the job with its checkpoint, and its checked rows. */
export class AssetImports1732300001800 implements MigrationInterface {
  name = 'AssetImports1732300001800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "asset_import_jobs" ("job_id" uuid NOT NULL, "department_id" text NOT NULL, "actor" jsonb NOT NULL, "file_name" text NOT NULL, "encoding" text NOT NULL, "status" text NOT NULL, "total_rows" integer NOT NULL, "rows_done" integer NOT NULL, "imported" integer NOT NULL, "skipped" integer NOT NULL, "failed" integer NOT NULL, "failures" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "asset_import_jobs_pkey" PRIMARY KEY ("job_id"))`,
    );
    await q.query(`CREATE INDEX "asset_import_jobs_department_idx" ON "asset_import_jobs" ("department_id", "created_at")`);
    await q.query(
      `CREATE TABLE "asset_import_rows" ("job_id" uuid NOT NULL, "seq" integer NOT NULL, "row_number" integer NOT NULL, "registration" jsonb NOT NULL, CONSTRAINT "asset_import_rows_pkey" PRIMARY KEY ("job_id", "seq"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "asset_import_rows"`);
    await q.query(`DROP TABLE "asset_import_jobs"`);
  }
}
