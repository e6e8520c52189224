import { MigrationInterface, QueryRunner } from 'typeorm';

export class AssetRegister1732300000100 implements MigrationInterface {
  name = 'AssetRegister1732300000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "projection_checkpoints" ("name" text NOT NULL, "commit_position" bigint NOT NULL, "prepare_position" bigint NOT NULL, "events_applied" bigint NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0f69cb98ee85030b5da44336510" PRIMARY KEY ("name"))`,
    );
    await q.query(
      `CREATE TABLE "asset_register" ("asset_id" uuid NOT NULL, "asset_no" text NOT NULL, "name" text NOT NULL, "category_code" text NOT NULL, "category_class" text NOT NULL, "category_major" text, "department_id" text NOT NULL, "custodian" text NOT NULL, "location" text NOT NULL, "acquired_on" date NOT NULL, "original_value_fen" bigint NOT NULL, "quantity" integer NOT NULL, "unit" text NOT NULL, "condition" text NOT NULL, "brand" text, "specification" text, "search_text" text NOT NULL, "revision" bigint NOT NULL, "registered_commit" bigint NOT NULL, "registered_prepare" bigint NOT NULL, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a44d6ed609129f3dfadcec4e295" PRIMARY KEY ("asset_id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "asset_register_asset_no_uq" ON "asset_register" ("asset_no")`);
    await q.query(`CREATE INDEX "asset_register_registered_idx" ON "asset_register" ("registered_commit", "registered_prepare")`);
    await q.query(`CREATE INDEX "asset_register_category_idx" ON "asset_register" ("category_class", "category_major")`);
    await q.query(`CREATE INDEX "asset_register_department_idx" ON "asset_register" ("department_id")`);
    // Substring search on Chinese text: trigram GIN index serves LIKE '%…%' (3+ characters).
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE INDEX "asset_register_search_trgm" ON "asset_register" USING gin ("search_text" gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "asset_register"`);
    await q.query(`DROP TABLE "projection_checkpoints"`);
  }
}
