import { EntityManager, In } from 'typeorm';
import { AssetEvent, isAssetEvent, upcastAssetEvent } from '@app/assets';
import { RecordedEvent } from '@app/event-store';
import { bulkCopy } from '../bulk-copy';
import { bulkRead, bulkWrite } from '../bulk-write';
import { Projection } from '../projection';
import { AssetRegisterRow } from './asset-register.entity';
import { evolveAssetRow } from './asset-register.evolve';
import { SearchItemRow } from '../search/search-item.entity';

export function assetSearchItem(row: AssetRegisterRow): SearchItemRow {
  return {
    itemKey: `asset:${row.assetId}`,
    kind: 'asset',
    itemId: row.assetId,
    title: row.name,
    // The register row carries it already (its evolve keeps it in step with the card).
    searchText: row.searchText,
    categoryClass: row.categoryClass,
    categoryMajor: row.categoryMajor,
    categoryCode: row.categoryCode,
    departmentId: row.departmentId,
    status: row.status,
    location: row.location,
    valueFen: row.originalValueFen,
    itemDate: row.acquiredOn,
    sortCommit: row.registeredCommit,
    sortPrepare: row.registeredPrepare,
  };
}

/** The assets whose first event in `events` is their stream's first: in a rebuild, assets with no row yet. */
export function streamsStartedIn(events: readonly { recorded: RecordedEvent; assetId: string }[]): Set<string> {
  const seen = new Set<string>();
  const started = new Set<string>();
  for (const { recorded, assetId } of events) {
    if (!seen.has(assetId) && recorded.revision === 0n) started.add(assetId);
    seen.add(assetId);
  }
  return started;
}

const CHARGED = 'depreciation.charged.v1';

/**
 * The ledger's charges of a batch added to the cards' charged 累计折旧 in one statement. An asset has at
 * most one charge a month and months close in order, so a charge for a month after the card's last charged
 * month is new and any other is a repeat: each event applied twice adds once. Cards written off meanwhile
 * have no row and take nothing; odd stored values are skipped.
 */
async function addCharges(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
  const charges = new Map<string, { id: string; month: string; fen: number }>();
  for (const e of events) {
    if (e.type !== CHARGED) continue;
    const { assetIds, amountsFen, month } = e.data as { assetIds?: unknown; amountsFen?: unknown; month?: unknown };
    if (!Array.isArray(assetIds) || !Array.isArray(amountsFen) || typeof month !== 'string') continue;
    assetIds.forEach((id: unknown, i) => {
      const fen: unknown = amountsFen[i];
      if (typeof id === 'string' && Number.isSafeInteger(fen)) charges.set(`${id}|${month}`, { id, month, fen: fen as number });
    });
  }
  if (charges.size === 0) return;
  const rows = [...charges.values()];
  await tx.query(
    `UPDATE asset_register a SET charged_depreciation_fen = a.charged_depreciation_fen + s.fen, last_charged_month = s.last
       FROM (SELECT t.id, sum(t.fen) AS fen, max(t.month) AS last
               FROM unnest($1::text[], $2::text[], $3::bigint[]) AS t(id, month, fen)
               JOIN asset_register r ON r.asset_id::text = t.id
              WHERE r.last_charged_month IS NULL OR t.month > r.last_charged_month
              GROUP BY t.id) s
      WHERE a.asset_id::text = s.id`,
    [rows.map((r) => r.id), rows.map((r) => r.month), rows.map((r) => String(r.fen))],
  );
}

export class AssetRegisterProjection implements Projection {
  readonly name = 'asset_register';

  /** In a rebuild (see Projection.forRebuild), rows of assets registered in the batch are known new and appended with COPY. */
  constructor(private readonly rebuilding = false) {}

  handles(type: string): boolean {
    return isAssetEvent({ type }) || type === CHARGED;
  }

  forRebuild(): Projection {
    return new AssetRegisterProjection(true);
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const assetEvents = events
      .filter((recorded) => isAssetEvent(recorded))
      .map((recorded) => ({ recorded, event: upcastAssetEvent(recorded) }));
    await this.applyCards(tx, assetEvents);
    await addCharges(tx, events);
  }

  private async applyCards(tx: EntityManager, assetEvents: { recorded: RecordedEvent; event: AssetEvent }[]): Promise<void> {
    if (assetEvents.length === 0) return;
    // A rebuild delivers each event once and in order, so an asset whose stream starts in this batch has no row yet.
    const created = this.rebuilding
      ? streamsStartedIn(assetEvents.map(({ recorded, event }) => ({ recorded, assetId: event.data.assetId })))
      : new Set<string>();
    // One read for every row the batch touches, then one write per table: per-event round trips dominate otherwise.
    const ids = [...new Set(assetEvents.map(({ event }) => event.data.assetId))];
    const rows = new Map<string, AssetRegisterRow | null>(ids.map((id) => [id, null]));
    for (const row of await bulkRead(
      tx,
      AssetRegisterRow,
      'assetId',
      ids.filter((id) => !created.has(id)),
    ))
      rows.set(row.assetId, row);
    for (const { recorded, event } of assetEvents) {
      rows.set(event.data.assetId, evolveAssetRow(rows.get(event.data.assetId) ?? null, event, recorded));
    }
    const changed = [...rows.values()].filter((row): row is AssetRegisterRow => row !== null);
    // Written off in this batch (a row that was stored, or was read as absent: deleting nothing is harmless).
    const gone = [...rows].filter(([id, row]) => row === null && !created.has(id)).map(([id]) => id);
    if (gone.length > 0) {
      await tx.delete(AssetRegisterRow, { assetId: In(gone) });
      await tx.delete(SearchItemRow, { itemKey: In(gone.map((id) => `asset:${id}`)) });
    }
    const fresh = changed.filter((row) => created.has(row.assetId));
    const stored = changed.filter((row) => !created.has(row.assetId));
    await bulkCopy(tx, AssetRegisterRow, fresh);
    await bulkCopy(tx, SearchItemRow, fresh.map(assetSearchItem));
    if (stored.length > 0) {
      await bulkWrite(tx, AssetRegisterRow, stored, { conflict: ['assetId'], onConflict: 'update' });
      await bulkWrite(tx, SearchItemRow, stored.map(assetSearchItem), { conflict: ['itemKey'], onConflict: 'update' });
    }
  }
}
