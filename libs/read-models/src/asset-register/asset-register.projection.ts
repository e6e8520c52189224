import { EntityManager } from 'typeorm';
import { AssetEvent, isAssetEvent, upcastAssetEvent } from '@app/assets';
import { RecordedEvent } from '@app/event-store';
import { bulkRead } from '../bulk-write';
import { Projection, RebuildOptions } from '../projection';
import { AssetRegisterRow } from './asset-register.entity';
import { evolveAssetRow } from './asset-register.evolve';
import { AssetRegisterRebuild } from './asset-register-rebuild';
import { CHARGED, chargesOf, writeRegisterRows } from './asset-register-writes';

export { assetSearchItem } from './asset-register-writes';

/**
 * The ledger's charges of a batch added to the cards' charged 累计折旧 in one statement. An asset has at
 * most one charge a month and months close in order, so a charge for a month after the card's last charged
 * month is new and any other is a repeat: each event applied twice adds once. Cards written off meanwhile
 * have no row and take nothing; odd stored values are skipped.
 */
async function addCharges(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
  const rows = chargesOf(events);
  if (rows.length === 0) return;
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

  handles(type: string): boolean {
    return isAssetEvent({ type }) || type === CHARGED;
  }

  /** A rebuild holds the rows in memory and writes them once (see AssetRegisterRebuild). */
  forRebuild(options?: RebuildOptions): Projection {
    return new AssetRegisterRebuild(this.name, options?.heldRows);
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
    // One read for every row the batch touches, then one write per table: per-event round trips dominate otherwise.
    const ids = [...new Set(assetEvents.map(({ event }) => event.data.assetId))];
    const rows = new Map<string, AssetRegisterRow | null>(ids.map((id) => [id, null]));
    for (const row of await bulkRead(tx, AssetRegisterRow, 'assetId', ids)) rows.set(row.assetId, row);
    for (const { recorded, event } of assetEvents) {
      rows.set(event.data.assetId, evolveAssetRow(rows.get(event.data.assetId) ?? null, event, recorded));
    }
    const stored = [...rows.values()].filter((row): row is AssetRegisterRow => row !== null);
    // Written off in this batch (a row that was stored, or was read as absent: deleting nothing is harmless).
    const gone = [...rows].filter(([, row]) => row === null).map(([id]) => id);
    await writeRegisterRows(tx, { fresh: [], stored, gone });
  }
}
