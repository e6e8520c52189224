import { MigrationInterface, QueryRunner } from 'typeorm';

/** Disposal requests (处置) and their write-off (核销): the disposals read model. */
export class Disposals1732300001700 implements MigrationInterface {
  name = 'Disposals1732300001700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "disposals" ("disposal_id" uuid NOT NULL, "department_id" text NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "reason" text NOT NULL, "counterparty" text, "photos" jsonb NOT NULL, "assets" jsonb NOT NULL, "asset_ids" text array NOT NULL, "total_original_value_fen" bigint NOT NULL, "total_net_book_value_fen" bigint NOT NULL, "steps" jsonb NOT NULL, "policy_version" integer, "requested_by" text NOT NULL, "proceeds_fen" bigint, "treasury_voucher" text, "reply_ref" text, "end_reason" text, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "written_off_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_disposals" PRIMARY KEY ("disposal_id"))`,
    );
    await q.query(`CREATE INDEX "disposals_department_idx" ON "disposals" ("department_id")`);
    await q.query(`CREATE INDEX "disposals_status_idx" ON "disposals" ("status")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "disposals"`);
  }
}
