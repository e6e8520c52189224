import { MigrationInterface, QueryRunner } from 'typeorm';

export class Warehouse1732300000200 implements MigrationInterface {
  name = 'Warehouse1732300000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "listing_claims" ("claim_id" uuid NOT NULL, "listing_id" uuid NOT NULL, "asset_id" uuid NOT NULL, "claimant_department_id" text NOT NULL, "claimed_by" text NOT NULL, "justification" text NOT NULL, "status" text NOT NULL, "claimed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b0f9cec3247430bf6213f3831ee" PRIMARY KEY ("claim_id"))`,
    );
    await q.query(`CREATE INDEX "listing_claims_claimant_idx" ON "listing_claims" ("claimant_department_id")`);
    await q.query(`CREATE INDEX "listing_claims_listing_idx" ON "listing_claims" ("listing_id")`);
    await q.query(
      `CREATE TABLE "marketplace_listings" ("listing_id" uuid NOT NULL, "asset_id" uuid NOT NULL, "asset_no" text NOT NULL, "name" text NOT NULL, "category_code" text NOT NULL, "category_class" text NOT NULL, "category_major" text, "department_id" text NOT NULL, "owner_supervisor_id" text NOT NULL, "quantity" integer NOT NULL, "unit" text NOT NULL, "original_value_fen" bigint NOT NULL, "net_book_value_fen" bigint NOT NULL, "description" text NOT NULL, "condition" text NOT NULL, "photos" jsonb NOT NULL, "pickup_location" text NOT NULL, "claim_mode" text NOT NULL, "internal_until" TIMESTAMP WITH TIME ZONE, "advertise_until" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL, "claims_count" integer NOT NULL, "search_text" text NOT NULL, "listed_commit" bigint NOT NULL, "listed_prepare" bigint NOT NULL, "listed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_471abb03a7191af7969815877c7" PRIMARY KEY ("listing_id"))`,
    );
    await q.query(`CREATE INDEX "marketplace_listings_asset_idx" ON "marketplace_listings" ("asset_id")`);
    await q.query(`CREATE INDEX "marketplace_listings_category_idx" ON "marketplace_listings" ("category_class", "category_major")`);
    await q.query(`CREATE INDEX "marketplace_listings_value_idx" ON "marketplace_listings" ("status", "original_value_fen")`);
    await q.query(`CREATE INDEX "marketplace_listings_feed_idx" ON "marketplace_listings" ("status", "listed_commit", "listed_prepare")`);
    await q.query(
      `CREATE TABLE "transfers" ("transfer_id" uuid NOT NULL, "asset_id" uuid NOT NULL, "listing_id" uuid NOT NULL, "claim_id" uuid NOT NULL, "asset_no" text NOT NULL, "asset_name" text NOT NULL, "from_department_id" text NOT NULL, "to_department_id" text NOT NULL, "crosses_supervisors" boolean NOT NULL, "steps" jsonb NOT NULL, "status" text NOT NULL, "handover_releasing" boolean NOT NULL, "handover_receiving" boolean NOT NULL, "original_value_fen" bigint NOT NULL, "net_book_value_fen" bigint NOT NULL, "end_reason" text, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_556cc893641c14dc7bc9ceb6bdb" PRIMARY KEY ("transfer_id"))`,
    );
    await q.query(`CREATE INDEX "transfers_asset_idx" ON "transfers" ("asset_id")`);
    await q.query(`CREATE INDEX "transfers_to_idx" ON "transfers" ("to_department_id")`);
    await q.query(`CREATE INDEX "transfers_from_idx" ON "transfers" ("from_department_id")`);
    await q.query(`CREATE INDEX "transfers_status_idx" ON "transfers" ("status")`);
    // Rows projected before these columns existed hold what evolve gives old events: 0, unknown, in use.
    await q.query(`ALTER TABLE "asset_register" ADD "accumulated_depreciation_fen" bigint NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE "asset_register" ALTER COLUMN "accumulated_depreciation_fen" DROP DEFAULT`);
    await q.query(`ALTER TABLE "asset_register" ADD "usage" text`);
    await q.query(`ALTER TABLE "asset_register" ADD "status" text NOT NULL DEFAULT 'in_use'`);
    await q.query(`ALTER TABLE "asset_register" ALTER COLUMN "status" DROP DEFAULT`);
    await q.query(`CREATE INDEX "marketplace_listings_search_trgm" ON "marketplace_listings" USING gin ("search_text" gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "transfers"`);
    await q.query(`DROP TABLE "listing_claims"`);
    await q.query(`DROP TABLE "marketplace_listings"`);
    await q.query(`ALTER TABLE "asset_register" DROP COLUMN "status", DROP COLUMN "usage", DROP COLUMN "accumulated_depreciation_fen"`);
  }
}
