import { deciderSpec } from '@app/shared/testing/decider-spec';
import { depreciationDecider, LIFE_TABLE_EVENT_MAX_BYTES, LoadLifeTable } from '../../domain/depreciation.decider';
import { LedgerEvent } from '../../domain/depreciation-ledger';
import { financeApprover, registered, schoolManager } from '../../testing/depreciation-fixtures';

const NOW = '2026-11-29T02:00:00.000Z';
const rows = [
  { prefix: 'A02', name: '设备', years: 8, basis: '区财发〔2026〕9号' },
  { prefix: 'A03', name: '文物和陈列品', years: null, basis: '准则' },
];
const load = (effectiveFrom: string, r = rows, actor = financeApprover): LoadLifeTable => ({
  kind: 'LoadLifeTable',
  actor,
  now: NOW,
  effectiveFrom,
  rows: r,
  source: '区财政局 折旧年限表',
  reason: '区财发〔2026〕9号',
});
const closedOct: LedgerEvent = {
  type: 'depreciation.month-closed.v1',
  data: { month: '2026-10', tableVersion: 0, assetsCharged: 0, departments: 0, totalFen: 0, withoutLife: [], closedBy: 'fin-approver' },
};

describe('loading a useful-life table (折旧年限表) as a new version', () => {
  const spec = deciderSpec(depreciationDecider);

  it('records version 1 from its first month; nothing before it is rewritten', () => {
    spec
      .given([closedOct])
      .when(load('2026-11'))
      .then([
        {
          type: 'depreciation.life-table-loaded.v1',
          data: {
            version: 1,
            effectiveFrom: '2026-11',
            source: '区财政局 折旧年限表',
            reason: '区财发〔2026〕9号',
            rows,
            loadedBy: 'fin-approver',
          },
        },
      ]);
  });

  it('the new table governs the months from its date: a 设备 card gets 8 years from November', () => {
    const given: LedgerEvent[] = [registered('a-1', { categoryCode: 'A020000', acquiredOn: '2026-11-01', originalValueFen: 9600 })];
    const state = [...given, closedOct].reduce(depreciationDecider.evolve, depreciationDecider.initialState());
    const loaded = depreciationDecider.decide(load('2026-11'), state);
    if (!Array.isArray(loaded)) throw new Error('expected events');
    const withTable = loaded.reduce(depreciationDecider.evolve, state);
    const nov = depreciationDecider.decide(
      { kind: 'CloseDepreciationMonth', actor: financeApprover, now: '2026-12-01T02:00:00.000Z', month: '2026-11', ledgerStart: null },
      withTable,
    );
    expect(nov).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ tableVersion: 1, amountsFen: [100] }) }),
      expect.objectContaining({ type: 'depreciation.month-closed.v1' }),
    ]);
  });

  it('refuses a table for a closed month, or dated before the latest version', () => {
    spec
      .given([closedOct])
      .when(load('2026-10'))
      .thenError('LIFE_TABLE_FOR_CLOSED_MONTH', { field: 'effectiveFrom', lastClosed: '2026-10' });
    const v1: LedgerEvent = {
      type: 'depreciation.life-table-loaded.v1',
      data: { version: 1, effectiveFrom: '2027-01', source: 's', reason: 'r', rows, loadedBy: 'fin-approver' },
    };
    spec.given([v1]).when(load('2026-12')).thenError('LIFE_TABLE_OVERLAPS', { latest: '2027-01' });
  });

  it('refuses bad rows by field: a prefix that is not a category level, a duplicate, a life that is not whole years', () => {
    spec
      .given([])
      .when(load('2027-01', [{ prefix: 'A0200', name: 'x', years: 5, basis: 'b' }]))
      .thenError('LIFE_TABLE_INVALID', { field: 'rows[0].prefix' });
    spec
      .given([])
      .when(load('2027-01', [rows[0], rows[0]]))
      .thenError('LIFE_TABLE_INVALID', { field: 'rows[1].prefix' });
    spec
      .given([])
      .when(load('2027-01', [{ prefix: 'A05', name: '家具', years: 2.5, basis: 'b' }]))
      .thenError('LIFE_TABLE_INVALID', { field: 'rows[0].years' });
  });

  it('only the finance bureau or the administrator loads a table', () => {
    spec
      .given([])
      .when(load('2027-01', rows, schoolManager))
      .thenError('DEPRECIATION_NOT_ALLOWED');
  });
});

describe('a table too large for one event (EventStoreDB: 1 MiB)', () => {
  const spec = deciderSpec(depreciationDecider);
  const prefixes = Array.from({ length: 5000 }, (_, i) => `A${10 + Math.floor(i / 99)}${String((i % 99) + 1).padStart(2, '0')}`);

  it('loads 5,000 rows of the usual length', () => {
    const table = prefixes.map((prefix) => ({ prefix, name: '通用设备', years: 10, basis: '财会〔2017〕4号' }));
    const events = depreciationDecider.decide(load('2026-11', table), depreciationDecider.initialState());
    expect(Array.isArray(events) && events.length).toBe(1);
    expect(new TextEncoder().encode(JSON.stringify(Array.isArray(events) && events[0].data)).length).toBeLessThan(
      LIFE_TABLE_EVENT_MAX_BYTES,
    );
  });

  it('refuses 5,000 rows with long names and bases, naming the bytes and the limit', () => {
    const table = prefixes.map((prefix) => ({
      prefix,
      name: '专用设备'.repeat(25),
      basis: '区财发〔2026〕9号 附表'.repeat(10),
      years: 10,
    }));
    spec
      .given([])
      .when(load('2026-11', table))
      .thenError('LIFE_TABLE_TOO_LARGE', { field: 'rows', limitBytes: LIFE_TABLE_EVENT_MAX_BYTES, rows: 5000 });
  });
});
