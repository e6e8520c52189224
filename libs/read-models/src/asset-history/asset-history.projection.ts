import { EntityManager } from 'typeorm';
import { ASSET_STREAM_PREFIX } from '@app/assets';
import { RecordedEvent } from '@app/event-store';
import { bulkCopy } from '../bulk-copy';
import { Projection } from '../projection';
import { AssetHistoryChangeRow, AssetHistoryRow, AssetHistoryStreamRow } from './asset-history.entity';
import { applyHistoryChanges, foldHistoryChanges, historyChangeRows, HistoryChanges } from './asset-history-changes';
import { applyEvent, AssetInterval, reachOf, sameState, TimedEvent } from './asset-intervals';

/** An asset event as the history reads it, from the event store or from the audit log. */
export interface HistoryEvent extends TimedEvent {
  readonly assetId: string;
  readonly revision: bigint;
}

interface StoredInterval {
  asset_id: string;
  valid_from: number;
  valid_to: number;
  department_id: string;
  idle: boolean;
  category_class: string;
  category_major: string | null;
  original_value_fen: string;
  accumulated_depreciation_fen: string;
  corrected_category_class: string;
  corrected_category_major: string | null;
  corrected_original_value_fen: string;
  corrected_accumulated_depreciation_fen: string;
}

const iso = (ms: number) => (ms === Infinity ? 'infinity' : ms === -Infinity ? '-infinity' : new Date(ms).toISOString());

function intervalOf(r: StoredInterval): AssetInterval {
  return {
    from: Number(r.valid_from),
    to: Number(r.valid_to),
    departmentId: r.department_id,
    idle: r.idle,
    original: {
      categoryClass: r.category_class,
      categoryMajor: r.category_major,
      originalValueFen: Number(r.original_value_fen),
      accumulatedDepreciationFen: Number(r.accumulated_depreciation_fen),
    },
    corrected: {
      categoryClass: r.corrected_category_class,
      categoryMajor: r.corrected_category_major,
      originalValueFen: Number(r.corrected_original_value_fen),
      accumulatedDepreciationFen: Number(r.corrected_accumulated_depreciation_fen),
    },
  };
}

/** The event's decision time, as the audit log records it (metadata.occurredAt, else the time it was stored). */
export function historyEventOf(e: RecordedEvent): HistoryEvent | null {
  if (!e.streamId.startsWith(ASSET_STREAM_PREFIX) || !e.type.startsWith('asset.')) return null;
  const stated = Date.parse(String(e.metadata.occurredAt ?? ''));
  return {
    assetId: e.streamId.slice(ASSET_STREAM_PREFIX.length),
    revision: e.revision,
    type: e.type,
    data: e.data,
    at: Number.isNaN(stated) ? e.recordedAt.getTime() : stated,
  };
}

/**
 * What a rebuild carries from batch to batch instead of reading and upserting it (nothing else writes its
 * tables): every stream's revision so far, and the monthly changes summed so far. Both are written once,
 * when the rebuild finishes; they are small beside the stretches (one number per asset, one row per
 * month and group).
 */
export interface HistoryRebuild {
  readonly tx: EntityManager;
  readonly heads: Map<string, bigint>;
  readonly changes: HistoryChanges;
}

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
    // A rebuild's tables (see Projection.forRebuild): streams it has not seen yet have nothing stored, and new rows go by COPY.
    rebuilding?: HistoryRebuild;
  } = {},
): Promise<void> {
  if (events.length === 0) return;
  const { withChanges = true, rebuilding } = options;
  const created = new Set<string>();
  if (rebuilding) for (const e of events) if (!rebuilding.heads.has(e.assetId)) created.add(e.assetId);
  const heads = rebuilding?.heads ?? new Map<string, bigint>();
  if (!rebuilding)
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
  const known = touched.filter((id) => !created.has(id));
  const reach = known.map((id) => iso(Math.min(...fresh.get(id)!.map(reachOf))));
  const stored =
    known.length === 0
      ? []
      : await tx.query<StoredInterval[]>(
          `SELECT h.asset_id, extract(epoch FROM h.valid_from) * 1000 AS valid_from, extract(epoch FROM h.valid_to) * 1000 AS valid_to,
            h.department_id, h.idle, h.category_class, h.category_major, h.original_value_fen, h.accumulated_depreciation_fen,
            h.corrected_category_class, h.corrected_category_major, h.corrected_original_value_fen, h.corrected_accumulated_depreciation_fen
       FROM unnest($1::text[], $2::timestamptz[]) AS k(asset_id, reach)
       JOIN asset_history h ON h.asset_id = k.asset_id AND h.valid_to >= k.reach
      ORDER BY h.asset_id, h.valid_from`,
          [known, reach],
        );
  const before = new Map<string, AssetInterval[]>();
  for (const r of stored) before.set(r.asset_id, [...(before.get(r.asset_id) ?? []), intervalOf(r)]);
  const removed: { assetId: string; from: number; interval: AssetInterval }[] = [];
  const added: { assetId: string; interval: AssetInterval }[] = [];
  for (const [assetId, list] of fresh) {
    const old = before.get(assetId) ?? [];
    let now = old;
    for (const e of list) now = applyEvent(now, e);
    const unchanged = (a: AssetInterval, b: AssetInterval) => a.from === b.from && a.to === b.to && sameState(a, b);
    for (const o of old) if (!now.some((n) => unchanged(o, n))) removed.push({ assetId, from: o.from, interval: o });
    for (const n of now) if (!old.some((o) => unchanged(o, n))) added.push({ assetId, interval: n });
  }
  if (removed.length > 0)
    await tx.query(
      `DELETE FROM asset_history h USING unnest($1::text[], $2::timestamptz[]) AS k(asset_id, valid_from)
        WHERE h.asset_id = k.asset_id AND h.valid_from = k.valid_from`,
      [removed.map((r) => r.assetId), removed.map((r) => iso(r.from))],
    );
  if (added.length > 0 && rebuilding) await bulkCopy(rebuilding.tx, AssetHistoryRow, added.map(historyRowOf));
  else if (added.length > 0) {
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
  const changes = [
    ...removed.map((r) => ({ interval: r.interval, sign: -1 as const })),
    ...added.map((a) => ({ interval: a.interval, sign: 1 as const })),
  ];
  if (rebuilding) {
    // The streams' revisions and the monthly changes are written when the rebuild finishes (see AssetHistoryRebuild).
    foldHistoryChanges(rebuilding.changes, changes);
    return;
  }
  if (withChanges) await applyHistoryChanges(tx, changes);
  if (known.length > 0)
    await tx.query(
      `INSERT INTO asset_history_streams (asset_id, revision) SELECT * FROM unnest($1::text[], $2::bigint[])
       ON CONFLICT (asset_id) DO UPDATE SET revision = excluded.revision`,
      [known, known.map((id) => heads.get(id)!.toString())],
    );
}

/** A stretch as its row, for COPY (timestamps as PostgreSQL reads them, 'infinity' included). */
function historyRowOf({ assetId, interval: i }: { assetId: string; interval: AssetInterval }): Record<keyof AssetHistoryRow, unknown> {
  return {
    assetId,
    validFrom: iso(i.from),
    validTo: iso(i.to),
    departmentId: i.departmentId,
    idle: i.idle,
    categoryClass: i.original.categoryClass,
    categoryMajor: i.original.categoryMajor,
    originalValueFen: i.original.originalValueFen,
    accumulatedDepreciationFen: i.original.accumulatedDepreciationFen,
    correctedCategoryClass: i.corrected.categoryClass,
    correctedCategoryMajor: i.corrected.categoryMajor,
    correctedOriginalValueFen: i.corrected.originalValueFen,
    correctedAccumulatedDepreciationFen: i.corrected.accumulatedDepreciationFen,
  };
}

/** Per-asset stretches for as-of and period reports; see asset-history.entity.ts. */
export class AssetHistoryProjection implements Projection {
  static readonly NAME = 'asset_history';
  readonly name = AssetHistoryProjection.NAME;

  handles(type: string): boolean {
    return type.startsWith('asset.');
  }

  forRebuild(): Projection {
    return new AssetHistoryRebuild(this.name);
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    await applyHistoryEvents(
      tx,
      events.map(historyEventOf).filter((e): e is HistoryEvent => e !== null),
    );
  }
}

/**
 * The history as a rebuild writes it: the same rows, but the streams' revisions and the monthly changes
 * are carried in memory (see HistoryRebuild) and written once with COPY when the rebuild finishes, instead
 * of read and upserted batch after batch. Both tables are then loaded with no index and indexed after.
 */
class AssetHistoryRebuild implements Projection {
  readonly appendOnlyInRebuild = ['asset_history_streams', 'asset_history_changes'];
  private readonly heads = new Map<string, bigint>();
  private readonly changes: HistoryChanges = new Map();

  constructor(readonly name: string) {}

  handles(type: string): boolean {
    return type.startsWith('asset.');
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    await applyHistoryEvents(
      tx,
      events.map(historyEventOf).filter((e): e is HistoryEvent => e !== null),
      { rebuilding: { tx, heads: this.heads, changes: this.changes } },
    );
  }

  async finish(tx: EntityManager): Promise<void> {
    await bulkCopy(
      tx,
      AssetHistoryStreamRow,
      [...this.heads].map(([assetId, revision]) => ({ assetId, revision: revision.toString() })),
    );
    await bulkCopy(tx, AssetHistoryChangeRow, historyChangeRows(this.changes));
    this.heads.clear();
    this.changes.clear();
  }
}
