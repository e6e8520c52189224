import { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchItems1732300000600 implements MigrationInterface {
  name = 'SearchItems1732300000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "search_items" ("item_key" text NOT NULL, "kind" text NOT NULL, "item_id" uuid NOT NULL, "title" text NOT NULL, "search_text" text NOT NULL, "category_class" text, "category_major" text, "department_id" text NOT NULL, "status" text NOT NULL, "location" text NOT NULL, "value_fen" bigint, "item_date" date NOT NULL, "sort_commit" bigint NOT NULL, "sort_prepare" bigint NOT NULL, CONSTRAINT "PK_dfae33956c6af0994c5ed28f1c8" PRIMARY KEY ("item_key"))`,
    );
    await q.query(`CREATE INDEX "search_items_department_idx" ON "search_items" ("department_id")`);
    await q.query(`CREATE INDEX "search_items_category_idx" ON "search_items" ("category_class", "category_major")`);
    await q.query(`CREATE INDEX "search_items_kind_idx" ON "search_items" ("kind", "status")`);
    await q.query(`CREATE INDEX "search_items_order_idx" ON "search_items" ("sort_commit", "sort_prepare", "item_key")`);
    await q.query(`CREATE INDEX "search_items_text_trgm" ON "search_items" USING gin ("search_text" gin_trgm_ops)`);
    // Items of existing rows are filled in by rebuilding the read models (npm run cli -- rebuild).
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "search_items"`);
  }
}
