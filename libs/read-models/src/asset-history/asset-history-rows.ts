import { EntityManager } from 'typeorm';
import { ASSET_STREAM_PREFIX } from '@app/assets';
import { RecordedEvent } from '@app/event-store';
import { AssetHistoryRow } from './asset-history.entity';
import { applyEvent, AssetInterval, sameState, TimedEvent } from './asset-intervals';

/** An asset event as the history reads it, from the event store or from the audit log. */
export interface HistoryEvent extends TimedEvent {
  readonly assetId: string;
  readonly revision: bigint;
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

/** An instant as PostgreSQL reads a timestamptz, the open end included. */
export const iso = (ms: number) => (ms === Infinity ? 'infinity' : ms === -Infinity ? '-infinity' : new Date(ms).toISOString());

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

/** Each asset's stored stretches that end at or after its reach (an instant, '-infinity' for all), sorted by start. */
export async function readStretches(
  tx: Pick<EntityManager, 'query'>,
  assets: readonly string[],
  reach: readonly string[],
): Promise<Map<string, AssetInterval[]>> {
  const out = new Map<string, AssetInterval[]>();
  if (assets.length === 0) return out;
  const stored = await tx.query<StoredInterval[]>(
    `SELECT h.asset_id, extract(epoch FROM h.valid_from) * 1000 AS valid_from, extract(epoch FROM h.valid_to) * 1000 AS valid_to,
            h.department_id, h.idle, h.category_class, h.category_major, h.original_value_fen, h.accumulated_depreciation_fen,
            h.corrected_category_class, h.corrected_category_major, h.corrected_original_value_fen, h.corrected_accumulated_depreciation_fen
       FROM unnest($1::text[], $2::timestamptz[]) AS k(asset_id, reach)
       JOIN asset_history h ON h.asset_id = k.asset_id AND h.valid_to >= k.reach
      ORDER BY h.asset_id, h.valid_from`,
    [assets, reach],
  );
  for (const r of stored) {
    const list = out.get(r.asset_id);
    if (list) list.push(intervalOf(r));
    else out.set(r.asset_id, [intervalOf(r)]);
  }
  return out;
}

export interface StretchDiff {
  readonly removed: { assetId: string; interval: AssetInterval }[];
  readonly added: { assetId: string; interval: AssetInterval }[];
}

/**
 * One asset's stretches after its events (in log order), and what changed against `old`: the stretches
 * no longer there (removed) and the new ones (added), pushed onto `diff`.
 */
export function foldStretches(
  assetId: string,
  old: readonly AssetInterval[],
  events: readonly HistoryEvent[],
  diff: StretchDiff,
): AssetInterval[] {
  let now: readonly AssetInterval[] = old;
  for (const e of events) now = applyEvent(now, e);
  const unchanged = (a: AssetInterval, b: AssetInterval) => a.from === b.from && a.to === b.to && sameState(a, b);
  for (const o of old) if (!now.some((n) => unchanged(o, n))) diff.removed.push({ assetId, interval: o });
  for (const n of now) if (!old.some((o) => unchanged(o, n))) diff.added.push({ assetId, interval: n });
  return now as AssetInterval[];
}

/** A stretch as its row, for COPY (timestamps as PostgreSQL reads them, 'infinity' included). */
export function historyRowOf({
  assetId,
  interval: i,
}: {
  assetId: string;
  interval: AssetInterval;
}): Record<keyof AssetHistoryRow, unknown> {
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
