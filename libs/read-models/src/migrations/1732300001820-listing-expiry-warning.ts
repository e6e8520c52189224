import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 到期提醒: when the owner was told a listing ends soon. The expiry sweep looks for open listings
 * ending within the warning window that were not warned yet, through a small partial index.
 */
export class ListingExpiryWarning1732300001820 implements MigrationInterface {
  name = 'ListingExpiryWarning1732300001820';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "marketplace_listings" ADD COLUMN "expiry_warned_at" timestamptz`);
    await q.query(
      `CREATE INDEX "marketplace_listings_unwarned_idx" ON "marketplace_listings" ("advertise_until") WHERE "status" = 'listed' AND "expiry_warned_at" IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "marketplace_listings_unwarned_idx"`);
    await q.query(`ALTER TABLE "marketplace_listings" DROP COLUMN "expiry_warned_at"`);
  }
}
