import { EntityManager } from 'typeorm';
import { STOCKTAKE_EVENT_TYPES, StocktakeAsset, StocktakeEvent } from '@app/assets';
import { RecordedEvent } from '@app/event-store';
import { bulkRead, bulkWrite } from '../bulk-write';
import { Projection } from '../projection';
import { StocktakeItemRow, StocktakeRow } from './stocktake.entities';

const TYPES: ReadonlySet<string> = new Set(STOCKTAKE_EVENT_TYPES);

const itemKey = (stocktakeId: string, assetId: string) => `${stocktakeId}/${assetId}`;

function newItem(stocktakeId: string, a: StocktakeAsset, expected: boolean, outcome: string): StocktakeItemRow {
  return {
    stocktakeId,
    assetId: a.assetId,
    assetNo: a.assetNo,
    assetName: a.assetName,
    expected,
    cardDepartmentId: a.departmentId,
    cardLocation: a.location,
    custodian: a.custodian,
    outcome,
    foundAt: null,
    settledBy: null,
    settledAt: null,
    method: null,
    reason: null,
  };
}

/**
 * Stocktake tasks and their items: the task list, the counting panel and the discrepancy report. Events arrive
 * once each in order; a repeated delivery of the opening leaves the rows as they are.
 */
export class StocktakeProjection implements Projection {
  readonly name = 'stocktakes';

  handles(type: string): boolean {
    return TYPES.has(type);
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const relevant = events
      .filter((e) => TYPES.has(e.type))
      .map((e) => ({ event: e as unknown as StocktakeEvent, at: new Date(e.metadata.occurredAt) }));
    if (relevant.length === 0) return;
    const ids = [...new Set(relevant.map(({ event }) => event.data.stocktakeId))];
    const tasks = new Map((await bulkRead(tx, StocktakeRow, 'stocktakeId', ids)).map((r) => [r.stocktakeId, r]));
    const items = new Map((await bulkRead(tx, StocktakeItemRow, 'stocktakeId', ids)).map((r) => [itemKey(r.stocktakeId, r.assetId), r]));
    const changedTasks = new Set<string>();
    const changedItems = new Set<string>();
    const settle = (stocktakeId: string, a: StocktakeAsset, change: Partial<StocktakeItemRow>, expected = false) => {
      const key = itemKey(stocktakeId, a.assetId);
      const item = items.get(key) ?? newItem(stocktakeId, a, expected, 'pending');
      items.set(key, { ...item, ...change });
      changedItems.add(key);
    };
    for (const { event, at } of relevant) {
      const id = event.data.stocktakeId;
      if (event.type === 'stocktake.opened.v1') {
        if (tasks.has(id)) continue;
        const d = event.data;
        tasks.set(id, {
          stocktakeId: id,
          title: d.title,
          departmentId: d.departmentId,
          location: d.location,
          status: 'open',
          openedBy: d.openedBy,
          openedAt: at,
          expectedCount: d.expected.length,
          signedOffBy: null,
          signedOffName: null,
          opinion: null,
          closedAt: null,
          updatedAt: at,
        });
        for (const a of d.expected) settle(id, a, {}, true);
        changedTasks.add(id);
        continue;
      }
      const task = tasks.get(id);
      if (!task) continue;
      switch (event.type) {
        case 'stocktake.counted.v1': {
          const d = event.data;
          settle(id, d.asset, { outcome: d.outcome, foundAt: d.foundAt, settledBy: d.countedBy, settledAt: at, method: d.method });
          break;
        }
        case 'stocktake.surplus-recorded.v1':
          settle(id, event.data.asset, {
            outcome: 'surplus',
            foundAt: event.data.asset.location,
            settledBy: event.data.recordedBy,
            settledAt: at,
          });
          break;
        case 'stocktake.shortage-recorded.v1':
          settle(id, event.data.asset, { outcome: 'shortage', settledBy: event.data.recordedBy, settledAt: at, reason: event.data.reason });
          break;
        case 'stocktake.closed.v1': {
          const d = event.data;
          for (const a of d.notFound) settle(id, a, { outcome: 'not_found', settledBy: d.signedOffBy, settledAt: at });
          Object.assign(task, {
            status: 'closed',
            signedOffBy: d.signedOffBy,
            signedOffName: d.signedOffName,
            opinion: d.opinion,
            closedAt: at,
          });
          break;
        }
      }
      task.updatedAt = at;
      changedTasks.add(id);
    }
    await bulkWrite(
      tx,
      StocktakeRow,
      [...changedTasks].map((id) => tasks.get(id) as StocktakeRow),
      { conflict: ['stocktakeId'], onConflict: 'update' },
    );
    await bulkWrite(
      tx,
      StocktakeItemRow,
      [...changedItems].map((k) => items.get(k) as StocktakeItemRow),
      {
        conflict: ['stocktakeId', 'assetId'],
        onConflict: 'update',
      },
    );
  }
}
