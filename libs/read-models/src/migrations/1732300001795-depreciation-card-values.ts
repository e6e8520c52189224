import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The card's values over time, for net book value as of an earlier month. The depreciation read model is
 * emptied and its checkpoint removed, so the projector folds every event into it again (the history of
 * corrections is only in the events).
 */
export class DepreciationCardValues1732300001795 implements MigrationInterface {
  name = 'DepreciationCardValues1732300001795';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "depreciation_card_values" ("asset_id" text NOT NULL, "effective_at" TIMESTAMP WITH TIME ZONE NOT NULL, "original_value_fen" bigint NOT NULL, "opening_fen" bigint NOT NULL, CONSTRAINT "PK_depreciation_card_values" PRIMARY KEY ("asset_id", "effective_at"))`,
    );
    await q.query(`TRUNCATE "depreciation_assets", "depreciation_charges", "depreciation_months", "depreciation_life_tables"`);
    await q.query(`DELETE FROM "projection_checkpoints" WHERE "name" = 'depreciation'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "depreciation_card_values"`);
  }
}
