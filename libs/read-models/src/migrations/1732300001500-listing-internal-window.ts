import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The listings inside an internal window (内部调剂期), the only ones a viewer can be denied: searches
 * exclude the few hidden from the viewer through this small partial index instead of reading every listing.
 */
export class ListingInternalWindow1732300001500 implements MigrationInterface {
  name = 'ListingInternalWindow1732300001500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "marketplace_listings_internal_idx" ON "marketplace_listings" ("internal_until") WHERE "internal_until" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "marketplace_listings_internal_idx"`);
  }
}
