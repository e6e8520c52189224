import { randomUUID } from 'node:crypto';
import { assetStreamId } from '@app/assets/domain/asset.events';
import { EventMetadata, EventStore } from '@app/event-store';
import { bothBackends } from '@test/support/both-backends';
import { DepreciationLedgerSource } from '../src/commands/depreciation-ledger.source';
import { evolveLedger, initialLedgerState, LedgerEvent } from '../src/domain/depreciation-ledger';
import { DEPRECIATION_LEDGER_STREAM } from '../src/domain/depreciation.events';
import { addMonths } from '../src/domain/months';
import { registered } from '../src/testing/depreciation-fixtures';

const metadata = (occurredAt: string): EventMetadata => {
  const id = randomUUID();
  return { actorId: 'fin-approver', actorRole: 'finance_approver', departmentId: null, correlationId: id, causationId: id, occurredAt };
};
const append = (store: EventStore, stream: string, event: { type: string; data: object }, occurredAt = '2026-01-05T02:00:00.000Z') =>
  store.append(
    stream,
    [{ id: randomUUID(), type: event.type, data: event.data as Record<string, unknown>, metadata: metadata(occurredAt) }],
    'any',
  );

const charged = (month: string, assetId: string, part: number) => ({
  type: 'depreciation.charged.v1',
  data: {
    month,
    departmentId: 'D-SCH1',
    part,
    tableVersion: 0,
    assetIds: [assetId],
    amountsFen: [1000],
    totalFen: 1000,
    schedules: [{ assetId, fromMonth: month, baseFen: 720000 - 1000 * part, months: 72, lifeMonths: 72 }],
  },
});
const corrected = (assetId: string, categoryCode: string) => ({
  type: 'asset.corrected.v1',
  data: { assetId, previous: {}, corrected: { categoryCode }, reason: '门类更正' },
});

/**
 * The close's fold reads the asset events from $all and the ledger beside them in small pages (a month's
 * charges are too large for a page of $all at a million assets), merged by position. Order matters: a
 * correction of 门类 drops the schedule a charge before it set. The fold must equal folding $all in order.
 */
describe.each(bothBackends('ledger_src'))('DepreciationLedgerSource on %s', (_name, open) => {
  let store: EventStore;
  let stop: () => Promise<void>;
  beforeAll(async () => ({ store, stop } = await open()));
  afterAll(async () => {
    await store.close();
    await stop();
  });

  it('folds ledger pages and asset events in $all order: the same books, open month and revision as one fold of $all', async () => {
    const [kept, dropped] = [randomUUID(), randomUUID()];
    for (const id of [kept, dropped]) await append(store, assetStreamId(id), registered(id));
    // 40 charges (more than two ledger pages), each followed by a correction of one asset or the other.
    for (let k = 0; k < 40; k++) {
      await append(store, DEPRECIATION_LEDGER_STREAM, charged(addMonths('2026-03', k), k % 2 === 0 ? kept : dropped, k + 1));
      await append(store, assetStreamId(k % 2 === 0 ? dropped : kept), corrected(k % 2 === 0 ? dropped : kept, `A02010${k % 10}00`));
    }
    await append(store, DEPRECIATION_LEDGER_STREAM, charged(addMonths('2026-03', 40), kept, 41));
    await append(store, assetStreamId(dropped), corrected(dropped, 'A02010000'));

    const reference = initialLedgerState();
    for (const e of await store.readAll()) {
      evolveLedger(reference, { type: e.type, data: e.data } as LedgerEvent, e.metadata.occurredAt);
    }
    const loaded = await new DepreciationLedgerSource(store).loadWithAssets();
    const ledger = await store.readStream(DEPRECIATION_LEDGER_STREAM);

    expect([...loaded.state.assets.values()]).toEqual([...reference.assets.values()]);
    // The last word on `kept` is a charge, on `dropped` a correction: a fold out of order would differ here.
    expect(loaded.state.assets.get(kept)?.schedule?.fromMonth).toBe(addMonths('2026-03', 40));
    expect(loaded.state.assets.get(dropped)?.schedule).toBeNull();
    expect(loaded.state.assets.get(kept)?.chargedFen).toBe(21 * 1000);
    expect(loaded.state.open).toEqual(reference.open);
    expect(loaded.ledgerEvents.map((e) => e.id)).toEqual(ledger.map((e) => e.id));
    expect(loaded.revision).toBe(ledger[ledger.length - 1].revision);

    // The ledger alone (the scheduled close's question: which month is next), read in the same pages.
    const alone = await new DepreciationLedgerSource(store).loadLedger();
    expect(alone.revision).toBe(loaded.revision);
    expect([alone.state.open, alone.state.closed, alone.state.tables, alone.state.assets.size]).toEqual([
      reference.open,
      reference.closed,
      reference.tables,
      0,
    ]);
  });
});
