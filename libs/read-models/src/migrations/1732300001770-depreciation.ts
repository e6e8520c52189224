import { MigrationInterface, QueryRunner } from 'typeorm';

/** The depreciation read model: cards, monthly charges, closed months, useful-life table versions. */
export class Depreciation1732300001770 implements MigrationInterface {
  name = 'Depreciation1732300001770';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "depreciation_assets" ("asset_id" text NOT NULL, "department_id" text NOT NULL, "asset_no" text NOT NULL, "name" text NOT NULL, "category_code" text NOT NULL, "acquired_on" date NOT NULL, "original_value_fen" bigint NOT NULL, "opening_fen" bigint NOT NULL, CONSTRAINT "PK_397c478e0b768cafaf6016ccb58" PRIMARY KEY ("asset_id"))`,
    );
    await q.query(`CREATE INDEX "depreciation_assets_department_idx" ON "depreciation_assets" ("department_id")`);
    await q.query(
      `CREATE TABLE "depreciation_charges" ("asset_id" text NOT NULL, "month" text NOT NULL, "department_id" text NOT NULL, "amount_fen" bigint NOT NULL, CONSTRAINT "PK_08c04d35d1b9f95c67847a41e79" PRIMARY KEY ("asset_id", "month"))`,
    );
    await q.query(`CREATE INDEX "depreciation_charges_month_department_idx" ON "depreciation_charges" ("month", "department_id")`);
    await q.query(
      `CREATE TABLE "depreciation_months" ("month" text NOT NULL, "table_version" integer NOT NULL, "assets_charged" integer NOT NULL, "departments" integer NOT NULL, "total_fen" bigint NOT NULL, "without_life" jsonb NOT NULL, "closed_by" text NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_92e1ea31eee36d03a7611fcec2c" PRIMARY KEY ("month"))`,
    );
    await q.query(
      `CREATE TABLE "depreciation_life_tables" ("version" integer NOT NULL, "effective_from" text NOT NULL, "source" text NOT NULL, "reason" text NOT NULL, "rows" jsonb NOT NULL, "loaded_by" text NOT NULL, "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d79b87f1a284d500878677b7d50" PRIMARY KEY ("version"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "depreciation_life_tables", "depreciation_months", "depreciation_charges", "depreciation_assets"`);
  }
}
