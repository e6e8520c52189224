import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@app/event-store';
import { Projection, RebuildOptions } from '../projection';
import { applyHistoryChanges } from './asset-history-changes';
import { AssetInterval, reachOf } from './asset-intervals';
import { foldStretches, HistoryEvent, historyEventOf, iso, readStretches, StretchDiff } from './asset-history-rows';
import { AssetHistoryRebuild } from './asset-history-rebuild';

export { historyEventOf } from './asset-history-rows';
export type { HistoryEvent } from './asset-history-rows';

/**
 * Applies asset events to the history in bulk: one read of the stretches the batch can change, the
 * stretches recomputed in memory, then one DELETE and one INSERT … SELECT FROM unnest of the rows
 * that changed, and one upsert of the streams' revisions. Used by the projection and by the migration
 * that fills the table from the audit log.
 */
export async function applyHistoryEvents(
  tx: Pick<EntityManager, 'query'>,
  events: readonly HistoryEvent[],
  options: {
    // false only for the migration that predates asset_history_changes (the next one fills it from the stretches)
    withChanges?: boolean;
  } = {},
): Promise<void> {
  if (events.length === 0) return;
  const { withChanges = true } = options;
  const heads = new Map<string, bigint>();
  for (const r of await tx.query<{ asset_id: string; revision: string }[]>(
    'SELECT asset_id, revision FROM asset_history_streams WHERE asset_id = ANY($1::text[])',
    [[...new Set(events.map((e) => e.assetId))]],
  ))
    heads.set(r.asset_id, BigInt(r.revision));
  const fresh = new Map<string, HistoryEvent[]>();
  for (const e of events) {
    const head = heads.get(e.assetId);
    if (head !== undefined && e.revision <= head) continue; // a repeated delivery
    heads.set(e.assetId, e.revision);
    fresh.set(e.assetId, [...(fresh.get(e.assetId) ?? []), e]);
  }
  if (fresh.size === 0) return;
  const touched = [...fresh.keys()];
  const before = await readStretches(
    tx,
    touched,
    touched.map((id) => iso(Math.min(...fresh.get(id)!.map(reachOf)))),
  );
  const diff: StretchDiff = { removed: [], added: [] };
  for (const [assetId, list] of fresh) foldStretches(assetId, before.get(assetId) ?? [], list, diff);
  const { removed, added } = diff;
  if (removed.length > 0)
    await tx.query(
      `DELETE FROM asset_history h USING unnest($1::text[], $2::timestamptz[]) AS k(asset_id, valid_from)
        WHERE h.asset_id = k.asset_id AND h.valid_from = k.valid_from`,
      [removed.map((r) => r.assetId), removed.map((r) => iso(r.interval.from))],
    );
  if (added.length > 0) {
    const col = <T>(f: (i: AssetInterval) => T) => added.map((a) => f(a.interval));
    await tx.query(
      `INSERT INTO asset_history (asset_id, valid_from, valid_to, department_id, idle, category_class, category_major,
              original_value_fen, accumulated_depreciation_fen, corrected_category_class, corrected_category_major,
              corrected_original_value_fen, corrected_accumulated_depreciation_fen)
       SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[], $4::text[], $5::boolean[], $6::text[], $7::text[],
              $8::bigint[], $9::bigint[], $10::text[], $11::text[], $12::bigint[], $13::bigint[])`,
      [
        added.map((a) => a.assetId),
        col((i) => iso(i.from)),
        col((i) => iso(i.to)),
        col((i) => i.departmentId),
        col((i) => i.idle),
        col((i) => i.original.categoryClass),
        col((i) => i.original.categoryMajor),
        col((i) => i.original.originalValueFen),
        col((i) => i.original.accumulatedDepreciationFen),
        col((i) => i.corrected.categoryClass),
        col((i) => i.corrected.categoryMajor),
        col((i) => i.corrected.originalValueFen),
        col((i) => i.corrected.accumulatedDepreciationFen),
      ],
    );
  }
  if (withChanges)
    await applyHistoryChanges(tx, [
      ...removed.map((r) => ({ interval: r.interval, sign: -1 as const })),
      ...added.map((a) => ({ interval: a.interval, sign: 1 as const })),
    ]);
  await tx.query(
    `INSERT INTO asset_history_streams (asset_id, revision) SELECT * FROM unnest($1::text[], $2::bigint[])
     ON CONFLICT (asset_id) DO UPDATE SET revision = excluded.revision`,
    [touched, touched.map((id) => heads.get(id)!.toString())],
  );
}

/** Per-asset stretches for as-of and period reports; see asset-history.entity.ts. */
export class AssetHistoryProjection implements Projection {
  static readonly NAME = 'asset_history';
  readonly name = AssetHistoryProjection.NAME;

  handles(type: string): boolean {
    return type.startsWith('asset.');
  }

  forRebuild(options?: RebuildOptions): Projection {
    return new AssetHistoryRebuild(this.name, options?.heldRows);
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    await applyHistoryEvents(
      tx,
      events.map(historyEventOf).filter((e): e is HistoryEvent => e !== null),
    );
  }
}
