import { MigrationInterface, QueryRunner } from 'typeorm';

export class DemandsAndPurchases1732300000300 implements MigrationInterface {
  name = 'DemandsAndPurchases1732300000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "demands" ("demand_id" uuid NOT NULL, "department_id" text NOT NULL, "category_code" text NOT NULL, "category_class" text NOT NULL, "category_major" text, "quantity" integer NOT NULL, "purpose" text NOT NULL, "needed_by" date, "status" text NOT NULL, "close_reason" text, "posted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6ab9443960bb8b75851b8e599ef" PRIMARY KEY ("demand_id"))`,
    );
    await q.query(`CREATE INDEX "demands_status_category_idx" ON "demands" ("status", "category_class", "category_major")`);
    await q.query(
      `CREATE TABLE "purchase_requests" ("purchase_id" uuid NOT NULL, "department_id" text NOT NULL, "category_code" text NOT NULL, "quantity" integer NOT NULL, "estimated_value_fen" bigint NOT NULL, "purpose" text NOT NULL, "matched_listing_ids" jsonb NOT NULL, "gate_hit" boolean NOT NULL, "status" text NOT NULL, "override_reason" text, "withdraw_reason" text, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_fe90d7989809a0eae917535a543" PRIMARY KEY ("purchase_id"))`,
    );
    await q.query(`CREATE INDEX "purchase_requests_department_idx" ON "purchase_requests" ("department_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "purchase_requests"`);
    await q.query(`DROP TABLE "demands"`);
  }
}
