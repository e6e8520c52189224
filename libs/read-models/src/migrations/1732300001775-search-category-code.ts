import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search items carry the full category code, so /api/search filters at every level (二级, 品目) and shows the
 * code. Existing rows take it from the register and the listings they mirror; spaces have none.
 */
export class SearchCategoryCode1732300001775 implements MigrationInterface {
  name = 'SearchCategoryCode1732300001775';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "search_items" ADD "category_code" text`);
    await q.query(
      `UPDATE "search_items" s SET "category_code" = a."category_code" FROM "asset_register" a
        WHERE s."kind" = 'asset' AND s."item_id" = a."asset_id"`,
    );
    await q.query(
      `UPDATE "search_items" s SET "category_code" = l."category_code" FROM "marketplace_listings" l
        WHERE s."kind" = 'listing' AND s."item_id" = l."listing_id"`,
    );
    // A prefix LIKE (every code under A02010100 is 'A020101%') uses the pattern operators whatever the collation.
    await q.query(`CREATE INDEX "search_items_category_code_idx" ON "search_items" ("category_code" text_pattern_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "search_items_category_code_idx"`);
    await q.query(`ALTER TABLE "search_items" DROP COLUMN "category_code"`);
  }
}
