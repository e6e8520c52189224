import { MigrationInterface, QueryRunner } from 'typeorm';

/** Stocktake (清查盘点) tasks and their items by outcome, for the task list and the discrepancy report. */
export class Stocktakes1732300001810 implements MigrationInterface {
  name = 'Stocktakes1732300001810';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "stocktakes" ("stocktake_id" uuid NOT NULL, "title" text NOT NULL, "department_id" text NOT NULL, "location" text, "status" text NOT NULL, "opened_by" text NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expected_count" integer NOT NULL, "signed_off_by" text, "signed_off_name" text, "opinion" text, "closed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "stocktakes_pkey" PRIMARY KEY ("stocktake_id"))`,
    );
    await q.query(`CREATE INDEX "stocktakes_department_idx" ON "stocktakes" ("department_id")`);
    await q.query(
      `CREATE TABLE "stocktake_items" ("stocktake_id" uuid NOT NULL, "asset_id" uuid NOT NULL, "asset_no" text NOT NULL, "asset_name" text NOT NULL, "expected" boolean NOT NULL, "card_department_id" text NOT NULL, "card_location" text NOT NULL, "custodian" text NOT NULL, "outcome" text NOT NULL, "found_at" text, "settled_by" text, "settled_at" TIMESTAMP WITH TIME ZONE, "method" text, "reason" text, CONSTRAINT "stocktake_items_pkey" PRIMARY KEY ("stocktake_id", "asset_id"))`,
    );
    await q.query(`CREATE INDEX "stocktake_items_outcome_idx" ON "stocktake_items" ("stocktake_id", "outcome")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "stocktake_items"`);
    await q.query(`DROP TABLE "stocktakes"`);
  }
}
