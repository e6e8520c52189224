import { EntityManager } from 'typeorm';
import { AssetEvent, isAssetEvent } from '@app/assets';
import { DepreciationEvent, isDepreciationEvent } from '@app/depreciation/domain/depreciation.events';
import { RecordedEvent } from '@app/event-store';
import { bulkCopy } from '../bulk-copy';
import { bulkRead, bulkWrite } from '../bulk-write';
import { Projection, RebuildOptions } from '../projection';
import { HeldRows } from '../rebuild/held-rows';
import { DepreciationAssetRow, DepreciationCardValueRow, DepreciationLifeTableRow, DepreciationMonthRow } from './depreciation.entities';

const HANDLED = new Set(['asset.registered.v1', 'asset.corrected.v1', 'asset.transferred.v1']);
/** Cards (and as many card values) a rebuild holds in memory before writing them out (see HeldRows). */
const HELD_CARDS = 250_000;

/** What a rebuild carries from batch to batch instead of reading and upserting it: the cards and their values. */
interface Held {
  cards: HeldRows<DepreciationAssetRow>;
  values: HeldRows<DepreciationCardValueRow>;
}

/** What one batch of events makes of the tables, folded in memory and written in one statement per table. */
class BatchWrites {
  /** Cards touched by the batch, as they stand after it (read once, then folded). */
  readonly cards = new Map<string, DepreciationAssetRow>();
  /** Card values by asset and instant: the last one of an instant wins. */
  readonly values = new Map<string, DepreciationCardValueRow>();
  readonly charges = { assetIds: [] as string[], months: [] as string[], departmentIds: [] as string[], amountsFen: [] as number[] };
  readonly months: DepreciationMonthRow[] = [];
  readonly tables: DepreciationLifeTableRow[] = [];

  value(assetId: string, effectiveAt: Date, originalValueFen: string, openingFen: string): void {
    this.values.set(`${assetId}|${effectiveAt.toISOString()}`, { assetId, effectiveAt, originalValueFen, openingFen });
  }
}

/**
 * The depreciation ledger as tables: cards (value, opening 累计折旧, department) with their values over
 * time, one row per asset and month charged, closed months and table versions. A batch of events is
 * folded first and written in bulk (one statement per table) in the projector's transaction, which also
 * moves the checkpoint. Every write is keyed, so a repeated delivery changes nothing.
 */
export class DepreciationProjection implements Projection {
  readonly name = 'depreciation';

  /** In a rebuild (see Projection.forRebuild), cards and values are held in memory and written when it finishes. */
  constructor(private readonly held: Held | null = null) {}

  forRebuild({ heldRows = HELD_CARDS }: RebuildOptions = {}): Projection {
    return new DepreciationProjection({ cards: new HeldRows(heldRows), values: new HeldRows(heldRows) });
  }

  async finish(tx: EntityManager): Promise<void> {
    if (!this.held) return;
    const cards = this.held.cards.takeAll();
    const values = this.held.values.takeAll();
    await bulkCopy(tx, DepreciationAssetRow, cards.fresh);
    await bulkCopy(tx, DepreciationCardValueRow, values.fresh);
    await bulkWrite(tx, DepreciationAssetRow, cards.stored, { conflict: ['assetId'], onConflict: 'update' });
    await bulkWrite(tx, DepreciationCardValueRow, values.stored, { conflict: ['assetId', 'effectiveAt'], onConflict: 'update' });
  }

  handles(type: string): boolean {
    return HANDLED.has(type) || isDepreciationEvent({ type });
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const mine = events.filter((e) => isDepreciationEvent(e) || (isAssetEvent(e) && HANDLED.has(e.type)));
    if (mine.length === 0) return;
    const batch = new BatchWrites();
    const touched = [...new Set(mine.filter((e) => isAssetEvent(e)).map((e) => (e.data as { assetId: string }).assetId))];
    if (this.held) {
      const { cards } = this.held;
      for (const row of await bulkRead(tx, DepreciationAssetRow, 'assetId', cards.toReadBack(touched))) cards.set(row.assetId, row);
      for (const id of touched) {
        const card = cards.get(id);
        if (card) batch.cards.set(id, card);
      }
    } else for (const row of await bulkRead(tx, DepreciationAssetRow, 'assetId', touched)) batch.cards.set(row.assetId, row);
    const registeredBefore = new Set(batch.cards.keys());
    for (const recorded of mine) {
      if (isDepreciationEvent(recorded))
        this.foldLedger(batch, { type: recorded.type, data: recorded.data } as DepreciationEvent, recorded);
      else this.foldAsset(batch, { type: recorded.type, data: recorded.data } as AssetEvent, recorded, registeredBefore);
    }
    if (this.held) {
      for (const [id, card] of batch.cards) this.held.cards.set(id, card);
      for (const [key, value] of batch.values) this.held.values.set(key, value);
      if (this.held.cards.full || this.held.values.full) await this.finish(tx);
    } else {
      await bulkWrite(tx, DepreciationAssetRow, [...batch.cards.values()], { conflict: ['assetId'], onConflict: 'update' });
      await bulkWrite(tx, DepreciationCardValueRow, [...batch.values.values()], {
        conflict: ['assetId', 'effectiveAt'],
        onConflict: 'update',
      });
    }
    if (batch.charges.assetIds.length > 0) {
      // Every charge of the batch in one statement; the key (asset, month) makes a repeat a no-op.
      await tx.query(
        `INSERT INTO depreciation_charges (asset_id, month, department_id, amount_fen)
         SELECT a, m, d, f FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) AS t(a, m, d, f)
         ON CONFLICT (asset_id, month) DO NOTHING`,
        [batch.charges.assetIds, batch.charges.months, batch.charges.departmentIds, batch.charges.amountsFen],
      );
    }
    await bulkWrite(tx, DepreciationMonthRow, batch.months, { conflict: ['month'], onConflict: 'nothing' });
    await bulkWrite(tx, DepreciationLifeTableRow, batch.tables, { conflict: ['version'], onConflict: 'nothing' });
  }

  private foldAsset(batch: BatchWrites, event: AssetEvent, recorded: RecordedEvent, registeredBefore: ReadonlySet<string>): void {
    const at = new Date(recorded.metadata.occurredAt);
    switch (event.type) {
      case 'asset.registered.v1': {
        const d = event.data;
        // Delivered again: the stored card (and what later events made of it) stands.
        if (registeredBefore.has(d.assetId)) return;
        const openingFen = String(d.accumulatedDepreciationFen ?? 0);
        batch.cards.set(d.assetId, {
          assetId: d.assetId,
          departmentId: d.departmentId,
          assetNo: d.assetNo,
          name: d.name,
          categoryCode: d.categoryCode,
          acquiredOn: d.acquiredOn,
          originalValueFen: String(d.originalValueFen),
          openingFen,
        });
        batch.value(d.assetId, at, String(d.originalValueFen), openingFen);
        return;
      }
      case 'asset.corrected.v1': {
        const card = batch.cards.get(event.data.assetId);
        if (!card) return;
        const c = event.data.corrected;
        // A name only where one was stated: a stored null (what an early correction could write) keeps the last name.
        if (typeof c.name === 'string') card.name = c.name;
        if (typeof c.categoryCode === 'string') card.categoryCode = c.categoryCode;
        if (typeof c.acquiredOn === 'string') card.acquiredOn = c.acquiredOn;
        if (typeof c.originalValueFen === 'number') card.originalValueFen = String(c.originalValueFen);
        if (typeof c.accumulatedDepreciationFen === 'number') card.openingFen = String(c.accumulatedDepreciationFen);
        if (typeof c.originalValueFen === 'number' || typeof c.accumulatedDepreciationFen === 'number') {
          batch.value(card.assetId, at, card.originalValueFen, card.openingFen);
        }
        return;
      }
      case 'asset.transferred.v1': {
        const card = batch.cards.get(event.data.assetId);
        if (card) card.departmentId = event.data.toDepartmentId;
        return;
      }
      default:
        return;
    }
  }

  private foldLedger(batch: BatchWrites, event: DepreciationEvent, recorded: RecordedEvent): void {
    switch (event.type) {
      case 'depreciation.life-table-loaded.v1': {
        const d = event.data;
        batch.tables.push({
          version: d.version,
          effectiveFrom: d.effectiveFrom,
          source: d.source,
          reason: d.reason,
          rows: d.rows.map((r) => ({ ...r })),
          loadedBy: d.loadedBy,
          loadedAt: new Date(recorded.metadata.occurredAt),
        });
        return;
      }
      case 'depreciation.charged.v1': {
        const d = event.data;
        d.assetIds.forEach((assetId, i) => {
          batch.charges.assetIds.push(assetId);
          batch.charges.months.push(d.month);
          batch.charges.departmentIds.push(d.departmentId);
          batch.charges.amountsFen.push(d.amountsFen[i]);
        });
        return;
      }
      case 'depreciation.month-closed.v1': {
        const d = event.data;
        batch.months.push({
          month: d.month,
          tableVersion: d.tableVersion,
          assetsCharged: d.assetsCharged,
          departments: d.departments,
          totalFen: String(d.totalFen),
          withoutLife: d.withoutLife.map((w) => ({ ...w })),
          closedBy: d.closedBy,
          closedAt: new Date(recorded.metadata.occurredAt),
        });
        return;
      }
      default: {
        const unreachable: never = event;
        return unreachable;
      }
    }
  }
}
