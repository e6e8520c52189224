import { EntityManager } from 'typeorm';
import { AssetEvent, isAssetEvent } from '@app/assets';
import { RecordedEvent } from '@app/event-store';
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
    departmentId: row.departmentId,
    status: row.status,
    location: row.location,
    valueFen: row.originalValueFen,
    itemDate: row.acquiredOn,
    sortCommit: row.registeredCommit,
    sortPrepare: row.registeredPrepare,
  };
}

export class AssetRegisterProjection implements Projection {
  readonly name = 'asset_register';

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const assetEvents = events
      .filter((recorded) => isAssetEvent(recorded))
      .map((recorded) => ({ recorded, event: { type: recorded.type, data: recorded.data } as AssetEvent }));
    if (assetEvents.length === 0) return;
    // One read for every row the batch touches, then one upsert per table: per-event round trips dominate otherwise.
    const ids = [...new Set(assetEvents.map(({ event }) => event.data.assetId))];
    const rows = new Map<string, AssetRegisterRow | null>(ids.map((id) => [id, null]));
    for (const row of await bulkRead(tx, AssetRegisterRow, 'assetId', ids)) rows.set(row.assetId, row);
    for (const { recorded, event } of assetEvents) {
      rows.set(event.data.assetId, evolveAssetRow(rows.get(event.data.assetId) ?? null, event, recorded));
    }
    const changed = [...rows.values()].filter((row): row is AssetRegisterRow => row !== null);
    if (changed.length > 0) {
      await bulkWrite(tx, AssetRegisterRow, changed, { conflict: ['assetId'], onConflict: 'update' });
      await bulkWrite(tx, SearchItemRow, changed.map(assetSearchItem), { conflict: ['itemKey'], onConflict: 'update' });
    }
  }
}
