import { EntityManager } from 'typeorm';
import { AssetEvent, isAssetEvent } from '@app/assets';
import { DepreciationEvent, isDepreciationEvent } from '@app/depreciation/domain/depreciation.events';
import { RecordedEvent } from '@app/event-store';
import { insertOnce } from '../insert-once';
import { Projection } from '../projection';
import { DepreciationAssetRow, DepreciationLifeTableRow, DepreciationMonthRow } from './depreciation.entities';

const HANDLED = new Set(['asset.registered.v1', 'asset.corrected.v1', 'asset.transferred.v1']);

/**
 * The depreciation ledger as tables: cards (value, opening 累计折旧, department), one row per asset and
 * month charged, closed months and table versions. Every write is keyed, so a repeated delivery changes nothing.
 */
export class DepreciationProjection implements Projection {
  readonly name = 'depreciation';

  handles(type: string): boolean {
    return HANDLED.has(type) || isDepreciationEvent({ type });
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    for (const recorded of events) {
      if (isDepreciationEvent(recorded))
        await this.applyLedger(tx, { type: recorded.type, data: recorded.data } as DepreciationEvent, recorded);
      else if (isAssetEvent(recorded) && HANDLED.has(recorded.type))
        await this.applyAsset(tx, { type: recorded.type, data: recorded.data } as AssetEvent);
    }
  }

  private async applyAsset(tx: EntityManager, event: AssetEvent): Promise<void> {
    const repo = tx.getRepository(DepreciationAssetRow);
    switch (event.type) {
      case 'asset.registered.v1': {
        const d = event.data;
        await insertOnce(tx, DepreciationAssetRow, {
          assetId: d.assetId,
          departmentId: d.departmentId,
          assetNo: d.assetNo,
          name: d.name,
          categoryCode: d.categoryCode,
          acquiredOn: d.acquiredOn,
          originalValueFen: String(d.originalValueFen),
          openingFen: String(d.accumulatedDepreciationFen ?? 0),
        });
        return;
      }
      case 'asset.corrected.v1': {
        const c = event.data.corrected;
        const changes: Partial<DepreciationAssetRow> = {
          // A name only where one was stated: a stored null (what an early correction could write) keeps the last name.
          ...(typeof c.name === 'string' ? { name: c.name } : {}),
          ...(c.categoryCode === undefined ? {} : { categoryCode: c.categoryCode }),
          ...(c.acquiredOn === undefined ? {} : { acquiredOn: c.acquiredOn }),
          ...(c.originalValueFen === undefined ? {} : { originalValueFen: String(c.originalValueFen) }),
          ...(c.accumulatedDepreciationFen === undefined ? {} : { openingFen: String(c.accumulatedDepreciationFen) }),
        };
        if (Object.keys(changes).length > 0) await repo.update({ assetId: event.data.assetId }, changes);
        return;
      }
      case 'asset.transferred.v1':
        await repo.update({ assetId: event.data.assetId }, { departmentId: event.data.toDepartmentId });
        return;
      default:
        return;
    }
  }

  private async applyLedger(tx: EntityManager, event: DepreciationEvent, recorded: RecordedEvent): Promise<void> {
    switch (event.type) {
      case 'depreciation.life-table-loaded.v1': {
        const d = event.data;
        await insertOnce(tx, DepreciationLifeTableRow, {
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
        if (d.assetIds.length === 0) return;
        // One statement per part (up to 2,000 rows); the key (asset, month) makes a repeat a no-op.
        await tx.query(
          `INSERT INTO depreciation_charges (asset_id, month, department_id, amount_fen)
           SELECT a, $2, $3, f FROM unnest($1::text[], $4::bigint[]) AS t(a, f)
           ON CONFLICT (asset_id, month) DO NOTHING`,
          [d.assetIds, d.month, d.departmentId, d.amountsFen],
        );
        return;
      }
      case 'depreciation.month-closed.v1': {
        const d = event.data;
        await insertOnce(tx, DepreciationMonthRow, {
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
