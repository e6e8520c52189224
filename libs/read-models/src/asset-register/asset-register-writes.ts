import { EntityManager, In } from 'typeorm';
import { RecordedEvent } from '@app/event-store';
import { bulkCopy } from '../bulk-copy';
import { bulkWrite } from '../bulk-write';
import { SearchItemRow } from '../search/search-item.entity';
import { AssetRegisterRow } from './asset-register.entity';

export const CHARGED = 'depreciation.charged.v1';

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

/** A charge of the ledger: the card, the month, the amount in 分. */
export interface Charge {
  id: string;
  month: string;
  fen: number;
}

/** The batch's charges, one per card and month (the last of a repeat wins); odd stored values are skipped. */
export function chargesOf(events: readonly RecordedEvent[]): Charge[] {
  const charges = new Map<string, Charge>();
  for (const e of events) {
    if (e.type !== CHARGED) continue;
    const { assetIds, amountsFen, month } = e.data as { assetIds?: unknown; amountsFen?: unknown; month?: unknown };
    if (!Array.isArray(assetIds) || !Array.isArray(amountsFen) || typeof month !== 'string') continue;
    assetIds.forEach((id: unknown, i) => {
      const fen: unknown = amountsFen[i];
      if (typeof id === 'string' && Number.isSafeInteger(fen)) charges.set(`${id}|${month}`, { id, month, fen: fen as number });
    });
  }
  return [...charges.values()];
}

/**
 * Register rows and their search items written in one statement per table and kind: `fresh` rows are
 * not stored yet (COPY), `stored` replace stored ones (upsert), `gone` are cards written off.
 */
export async function writeRegisterRows(
  tx: EntityManager,
  { fresh, stored, gone }: { fresh: readonly AssetRegisterRow[]; stored: readonly AssetRegisterRow[]; gone: readonly string[] },
): Promise<void> {
  if (gone.length > 0) {
    await tx.delete(AssetRegisterRow, { assetId: In(gone) });
    await tx.delete(SearchItemRow, { itemKey: In(gone.map((id) => `asset:${id}`)) });
  }
  await bulkCopy(tx, AssetRegisterRow, fresh);
  await bulkCopy(tx, SearchItemRow, fresh.map(assetSearchItem));
  if (stored.length > 0) {
    await bulkWrite(tx, AssetRegisterRow, stored, { conflict: ['assetId'], onConflict: 'update' });
    await bulkWrite(tx, SearchItemRow, stored.map(assetSearchItem), { conflict: ['itemKey'], onConflict: 'update' });
  }
}
