import { MigrationInterface, QueryRunner } from 'typeorm';
import { applyHistoryEvents, HistoryEvent } from '../asset-history/asset-history.projection';

const BACKFILL_BATCH = 5000;

/**
 * Each asset's history as stretches, for as-of and period reports without folding events. A database
 * that already has events gets the stretches here, replayed from the audit log in log order a slice
 * at a time, and the history's checkpoint where the audit log's stands; the projector goes on from there.
 */
export class AssetHistory1732300001300 implements MigrationInterface {
  name = 'AssetHistory1732300001300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(
      `CREATE TABLE "asset_history" ("asset_id" text NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL,
        "valid_to" TIMESTAMP WITH TIME ZONE NOT NULL, "department_id" text NOT NULL, "idle" boolean NOT NULL,
        "category_class" text NOT NULL, "category_major" text, "original_value_fen" bigint NOT NULL,
        "accumulated_depreciation_fen" bigint NOT NULL, "corrected_category_class" text NOT NULL, "corrected_category_major" text,
        "corrected_original_value_fen" bigint NOT NULL, "corrected_accumulated_depreciation_fen" bigint NOT NULL,
        CONSTRAINT "PK_asset_history" PRIMARY KEY ("asset_id", "valid_from"))`,
    );
    await q.query(
      `CREATE INDEX "asset_history_department_range_idx" ON "asset_history" USING gist ("department_id", tstzrange("valid_from", "valid_to"))`,
    );
    await q.query(
      `CREATE TABLE "asset_history_streams" ("asset_id" text NOT NULL, "revision" bigint NOT NULL,
        CONSTRAINT "PK_asset_history_streams" PRIMARY KEY ("asset_id"))`,
    );
    const tx = { query: <T>(sql: string, params?: unknown[]) => q.query(sql, params) as Promise<T> };
    let after = -1;
    for (;;) {
      const rows = await tx.query<
        { leaf_index: string; stream_id: string; stream_revision: string; event_type: string; data: unknown; at: Date }[]
      >(
        `SELECT leaf_index, stream_id, stream_revision, event_type, data, occurred_at AS at FROM audit_log
          WHERE leaf_index > $1 AND stream_id LIKE 'asset-%' ORDER BY leaf_index LIMIT ${BACKFILL_BATCH}`,
        [after],
      );
      if (rows.length === 0) break;
      const events: HistoryEvent[] = rows
        .filter((r) => r.event_type.startsWith('asset.'))
        .map((r) => ({
          assetId: r.stream_id.slice('asset-'.length),
          revision: BigInt(r.stream_revision),
          type: r.event_type,
          data: r.data,
          at: r.at.getTime(),
        }));
      await applyHistoryEvents(tx, events, { withChanges: false });
      after = Number(rows[rows.length - 1].leaf_index);
    }
    await q.query(
      `INSERT INTO projection_checkpoints (name, commit_position, prepare_position, events_applied, updated_at)
       SELECT 'asset_history', commit_position, prepare_position, events_applied, now() FROM projection_checkpoints WHERE name = 'audit_log'
       ON CONFLICT (name) DO NOTHING`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "asset_history_streams"`);
    await q.query(`DROP TABLE "asset_history"`);
  }
}
