import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register carries the ledger's charges beside the typed 累计折旧, so the register and its reports show
 * the ledger's 累计折旧 and net book value. Filled from the depreciation read model's charges as they stand.
 */
export class AssetRegisterChargedDepreciation1732300001790 implements MigrationInterface {
  name = 'AssetRegisterChargedDepreciation1732300001790';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "asset_register" ADD "charged_depreciation_fen" bigint NOT NULL DEFAULT 0, ADD "last_charged_month" text`);
    await q.query(`ALTER TABLE "asset_register" ALTER COLUMN "charged_depreciation_fen" DROP DEFAULT`);
    await q.query(
      `UPDATE "asset_register" a SET "charged_depreciation_fen" = c.total, "last_charged_month" = c.last
         FROM (SELECT asset_id, sum(amount_fen) AS total, max(month) AS last FROM "depreciation_charges" GROUP BY asset_id) c
        WHERE a.asset_id::text = c.asset_id`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "asset_register" DROP COLUMN "charged_depreciation_fen", DROP COLUMN "last_charged_month"`);
  }
}
