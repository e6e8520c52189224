import { EntityManager } from 'typeorm';
import { AssetHistoryChangeRow } from './asset-history.entity';
import { AssetInterval } from './asset-intervals';

/** The month (UTC) an instant falls in, as its first ms: the grain of asset_history_changes. */
export function monthOf(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

interface Change {
  bucket: number;
  view: 'original' | 'corrected';
  departmentId: string;
  categoryClass: string;
  categoryMajor: string;
  stretches: bigint;
  assets: bigint;
  idleAssets: bigint;
  valueFen: bigint;
  netBookValueFen: bigint;
  assetsAtMs: bigint;
  idleAtMs: bigint;
}

/** Sums per month and group of what stretches added or removed; keyed by month, view and group. */
export type HistoryChanges = Map<string, Change>;

/**
 * Adds to `changes` what stretches added (sign 1) and removed (sign -1) change in asset_history_changes,
 * summed per month and group. A group once touched keeps its row, even when its sums come back to zero.
 */
export function foldHistoryChanges(changes: HistoryChanges, stretches: readonly { interval: AssetInterval; sign: 1 | -1 }[]): void {
  const add = (i: AssetInterval, view: Change['view'], at: number, sign: bigint, starts: boolean) => {
    if (!Number.isFinite(at)) return; // an open stretch never ends
    const card = i[view];
    const key = [monthOf(at), view, i.departmentId, card.categoryClass, card.categoryMajor ?? ''].join('\u0001');
    const c = changes.get(key) ?? {
      bucket: monthOf(at),
      view,
      departmentId: i.departmentId,
      categoryClass: card.categoryClass,
      categoryMajor: card.categoryMajor ?? '',
      ...{ stretches: 0n, assets: 0n, idleAssets: 0n, valueFen: 0n, netBookValueFen: 0n, assetsAtMs: 0n, idleAtMs: 0n },
    };
    const idle = i.idle ? sign : 0n;
    if (starts) c.stretches += sign;
    c.assets += sign;
    c.idleAssets += idle;
    c.valueFen += sign * BigInt(card.originalValueFen);
    c.netBookValueFen += sign * (BigInt(card.originalValueFen) - BigInt(card.accumulatedDepreciationFen));
    c.assetsAtMs += sign * BigInt(at);
    c.idleAtMs += idle * BigInt(at);
    changes.set(key, c);
  };
  for (const { interval, sign } of stretches)
    for (const view of ['original', 'corrected'] as const) {
      add(interval, view, interval.from, BigInt(sign), true);
      add(interval, view, interval.to, BigInt(-sign), false);
    }
}

/** The summed changes as the table's rows (for a rebuild's COPY). */
export function historyChangeRows(changes: HistoryChanges): AssetHistoryChangeRow[] {
  return [...changes.values()].map((c) => ({
    bucket: new Date(c.bucket),
    view: c.view,
    departmentId: c.departmentId,
    categoryClass: c.categoryClass,
    categoryMajor: c.categoryMajor,
    stretches: c.stretches.toString(),
    assets: c.assets.toString(),
    idleAssets: c.idleAssets.toString(),
    valueFen: c.valueFen.toString(),
    netBookValueFen: c.netBookValueFen.toString(),
    assetsAtMs: c.assetsAtMs.toString(),
    idleAtMs: c.idleAtMs.toString(),
  }));
}

/**
 * Writes what stretches added (sign 1) and removed (sign -1) change in asset_history_changes, summed
 * per month and group in Node, in one upsert: a batch costs one more statement whatever its size.
 */
export async function applyHistoryChanges(
  tx: Pick<EntityManager, 'query'>,
  stretches: readonly { interval: AssetInterval; sign: 1 | -1 }[],
): Promise<void> {
  const changes: HistoryChanges = new Map();
  foldHistoryChanges(changes, stretches);
  if (changes.size === 0) return;
  const rows = [...changes.values()];
  const col = (f: (c: Change) => bigint) => rows.map((c) => f(c).toString());
  await tx.query(
    `INSERT INTO asset_history_changes AS t (bucket, view, department_id, category_class, category_major, stretches, assets,
            idle_assets, value_fen, net_book_value_fen, assets_at_ms, idle_at_ms)
     SELECT * FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::bigint[],
            $8::bigint[], $9::numeric[], $10::numeric[], $11::numeric[], $12::numeric[])
     ON CONFLICT (bucket, view, department_id, category_class, category_major) DO UPDATE SET
       stretches = t.stretches + excluded.stretches, assets = t.assets + excluded.assets, idle_assets = t.idle_assets + excluded.idle_assets,
       value_fen = t.value_fen + excluded.value_fen, net_book_value_fen = t.net_book_value_fen + excluded.net_book_value_fen,
       assets_at_ms = t.assets_at_ms + excluded.assets_at_ms, idle_at_ms = t.idle_at_ms + excluded.idle_at_ms`,
    [
      rows.map((c) => new Date(c.bucket).toISOString()),
      rows.map((c) => c.view),
      rows.map((c) => c.departmentId),
      rows.map((c) => c.categoryClass),
      rows.map((c) => c.categoryMajor),
      col((c) => c.stretches),
      col((c) => c.assets),
      col((c) => c.idleAssets),
      col((c) => c.valueFen),
      col((c) => c.netBookValueFen),
      col((c) => c.assetsAtMs),
      col((c) => c.idleAtMs),
    ],
  );
}
