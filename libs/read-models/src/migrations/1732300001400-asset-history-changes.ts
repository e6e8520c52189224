import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each month's changes as the stretches in asset_history add up to (also the reconciliation tests' oracle). */
export const CHANGES_OF_STRETCHES = `SELECT date_trunc('month', c.at, 'UTC') AS bucket, c.view, c.department_id, c.cls AS category_class, c.major AS category_major,
              sum(c.starts) AS stretches, sum(c.sign) AS assets, sum(c.idle) AS idle_assets, sum(c.value) AS value_fen,
              sum(c.nbv) AS net_book_value_fen, sum(c.sign * c.ms) AS assets_at_ms, sum(c.idle * c.ms) AS idle_at_ms
         FROM asset_history h
        CROSS JOIN LATERAL (VALUES ('original', h.category_class, coalesce(h.category_major, ''), h.original_value_fen,
                                    h.original_value_fen - h.accumulated_depreciation_fen),
                                   ('corrected', h.corrected_category_class, coalesce(h.corrected_category_major, ''),
                                    h.corrected_original_value_fen, h.corrected_original_value_fen - h.corrected_accumulated_depreciation_fen))
              AS v(view, cls, major, value, nbv)
        CROSS JOIN LATERAL (VALUES (h.valid_from, 1, 1), (h.valid_to, -1, 0)) AS e(at, sign, starts)
        CROSS JOIN LATERAL (SELECT e.at, v.view, h.department_id, v.cls, v.major, e.starts, e.sign,
                                   CASE WHEN h.idle THEN e.sign ELSE 0 END AS idle, e.sign * v.value AS value, e.sign * v.nbv AS nbv,
                                   round(extract(epoch FROM e.at) * 1000) AS ms) c
        WHERE isfinite(e.at)
        GROUP BY 1, 2, 3, 4, 5`;

/**
 * Monthly changes of the history's stretches (see AssetHistoryChangeRow), filled from the stretches in
 * one INSERT … SELECT, and the indexes that find the stretches starting or ending in a month.
 */
export class AssetHistoryChanges1732300001400 implements MigrationInterface {
  name = 'AssetHistoryChanges1732300001400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "asset_history_changes" ("bucket" TIMESTAMP WITH TIME ZONE NOT NULL, "view" text NOT NULL,
        "department_id" text NOT NULL, "category_class" text NOT NULL, "category_major" text NOT NULL, "stretches" bigint NOT NULL,
        "assets" bigint NOT NULL, "idle_assets" bigint NOT NULL, "value_fen" numeric NOT NULL, "net_book_value_fen" numeric NOT NULL,
        "assets_at_ms" numeric NOT NULL, "idle_at_ms" numeric NOT NULL,
        CONSTRAINT "PK_asset_history_changes" PRIMARY KEY ("bucket", "view", "department_id", "category_class", "category_major"))`,
    );
    await q.query(`INSERT INTO asset_history_changes ${CHANGES_OF_STRETCHES}`);
    await q.query(`CREATE INDEX "asset_history_valid_from_idx" ON "asset_history" ("valid_from")`);
    await q.query(`CREATE INDEX "asset_history_valid_to_idx" ON "asset_history" ("valid_to")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "asset_history_valid_to_idx"`);
    await q.query(`DROP INDEX "asset_history_valid_from_idx"`);
    await q.query(`DROP TABLE "asset_history_changes"`);
  }
}
