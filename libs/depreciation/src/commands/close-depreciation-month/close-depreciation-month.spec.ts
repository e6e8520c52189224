import { SYSTEM_ACTOR } from '@app/shared';
import { deciderSpec } from '@app/shared/testing/decider-spec';
import { CloseMonth, decideDepreciation, depreciationDecider, ledgerStartMonth, nextMonthToClose } from '../../domain/depreciation.decider';
import { DepreciationError } from '../../domain/depreciation.errors';
import { CHARGES_PER_EVENT, DepreciationEvent } from '../../domain/depreciation.events';
import { evolveLedger, initialLedgerState, LedgerEvent } from '../../domain/depreciation-ledger';
import { financeApprover, registered, schoolManager } from '../../testing/depreciation-fixtures';

const NOW = '2026-11-29T02:00:00.000Z'; // 2026-11-29 China time: October is the last ended month
const close = (month: string, actor = financeApprover, now = NOW): CloseMonth => ({
  kind: 'CloseDepreciationMonth',
  actor,
  now,
  month,
  ledgerStart: null,
});
const closed = (
  month: string,
  over: Partial<Extract<DepreciationEvent, { type: 'depreciation.month-closed.v1' }>['data']> = {},
): LedgerEvent => ({
  type: 'depreciation.month-closed.v1',
  data: { month, tableVersion: 0, assetsCharged: 0, departments: 0, totalFen: 0, withoutLife: [], closedBy: 'fin-approver', ...over },
});

describe('closing a depreciation month (月末计提)', () => {
  const spec = deciderSpec(depreciationDecider);

  it('given two computers in two departments, when October is closed, then one charge per department and the close with totals', () => {
    spec
      .given([registered('a-1'), registered('a-2', { departmentId: 'D-SCH2', originalValueFen: 100, acquiredOn: '2026-10-31' })])
      .when(close('2026-10'))
      .then([
        {
          type: 'depreciation.charged.v1',
          data: {
            month: '2026-10',
            departmentId: 'D-SCH1',
            part: 1,
            tableVersion: 0,
            assetIds: ['a-1'],
            // Bought in March: 7 months gone when first charged, ¥7,200.00 over the 65 left.
            amountsFen: [Math.floor(720000 / 65)],
            totalFen: Math.floor(720000 / 65),
            schedules: [{ assetId: 'a-1', fromMonth: '2026-10', baseFen: 720000, months: 65, lifeMonths: 72 }],
          },
        },
        {
          type: 'depreciation.charged.v1',
          data: {
            month: '2026-10',
            departmentId: 'D-SCH2',
            part: 1,
            tableVersion: 0,
            assetIds: ['a-2'],
            amountsFen: [1],
            totalFen: 1,
            schedules: [{ assetId: 'a-2', fromMonth: '2026-10', baseFen: 100, months: 72, lifeMonths: 72 }],
          },
        },
        {
          type: 'depreciation.month-closed.v1',
          data: {
            month: '2026-10',
            tableVersion: 0,
            assetsCharged: 2,
            departments: 2,
            totalFen: Math.floor(720000 / 65) + 1,
            withoutLife: [],
            closedBy: 'fin-approver',
          },
        },
      ]);
  });

  it('does not depreciate 文物和陈列品, and reports cards whose category has no life in the table', () => {
    spec
      .given([
        registered('a-1', { categoryCode: 'A030000' }),
        registered('a-2', { categoryCode: 'A020000' }),
        registered('a-3', { categoryCode: 'A02000000' }),
      ])
      .when(close('2026-10'))
      .then([
        {
          type: 'depreciation.month-closed.v1',
          data: {
            month: '2026-10',
            tableVersion: 0,
            assetsCharged: 0,
            departments: 0,
            totalFen: 0,
            withoutLife: [{ prefix: 'A02', assets: 2 }],
            closedBy: 'fin-approver',
          },
        },
      ]);
  });

  it('a month that has not ended cannot be closed', () => {
    spec.given([]).when(close('2026-11')).thenError('DEPRECIATION_MONTH_NOT_ENDED', { month: '2026-11', current: '2026-11' });
    spec.given([]).when(close('2027-01')).thenError('DEPRECIATION_MONTH_NOT_ENDED');
  });

  it('a closed month is not closed again, and months close in order', () => {
    spec
      .given([closed('2026-09')])
      .when(close('2026-09'))
      .thenError('DEPRECIATION_MONTH_ALREADY_CLOSED');
    spec
      .given([closed('2026-08')])
      .when(close('2026-10'))
      .thenError('DEPRECIATION_MONTH_OUT_OF_ORDER', { next: '2026-09' });
    spec
      .given([closed('2026-09'), closed('2026-10')])
      .when(close('2026-08'))
      .thenError('DEPRECIATION_MONTH_OUT_OF_ORDER');
  });

  it('only the finance bureau, the administrator or the scheduled job closes a month', () => {
    spec.given([]).when(close('2026-10', schoolManager)).thenError('DEPRECIATION_NOT_ALLOWED');
    spec
      .given([])
      .when(close('2026-10', SYSTEM_ACTOR))
      .then([closed('2026-10', { closedBy: 'system' })]);
  });

  it('a bad month is refused by field', () => {
    spec.given([]).when(close('2026-13')).thenError('DEPRECIATION_INVALID_MONTH', { field: 'month' });
  });

  it('charges continue from the schedule the ledger recorded; a correction of the value starts a new one over the life left', () => {
    const first: LedgerEvent[] = [registered('a-1', { acquiredOn: '2026-09-01' })];
    const sept = depreciationDecider.decide(close('2026-09'), first.reduce(depreciationDecider.evolve, depreciationDecider.initialState()));
    if (!Array.isArray(sept)) throw new Error('expected events');
    spec
      .given([...first, ...sept])
      .when(close('2026-10'))
      .then([
        expect.objectContaining({ data: expect.objectContaining({ amountsFen: [10000], schedules: [] }) }),
        expect.objectContaining({ type: 'depreciation.month-closed.v1' }),
      ] as unknown as DepreciationEvent[]);
    const corrected: LedgerEvent = {
      type: 'asset.corrected.v1',
      data: { assetId: 'a-1', previous: { originalValueFen: 720000 }, corrected: { originalValueFen: 1430000 }, reason: '发票金额' },
    };
    spec
      .given([...first, ...sept, corrected])
      .when(close('2026-10'))
      .then([
        expect.objectContaining({
          data: expect.objectContaining({
            amountsFen: [20000],
            schedules: [{ assetId: 'a-1', fromMonth: '2026-10', baseFen: 1420000, months: 71, lifeMonths: 72 }],
          }),
        }),
        expect.objectContaining({ type: 'depreciation.month-closed.v1' }),
      ] as unknown as DepreciationEvent[]);
  });

  it('splits a large department into parts of at most CHARGES_PER_EVENT assets', () => {
    const many = Array.from({ length: CHARGES_PER_EVENT + 1 }, (_, i) => registered(`a-${String(i).padStart(5, '0')}`));
    const state = many.reduce(depreciationDecider.evolve, depreciationDecider.initialState());
    const events = depreciationDecider.decide(close('2026-10'), state);
    if (!Array.isArray(events)) throw new Error('expected events');
    expect(events.map((e) => (e.type === 'depreciation.charged.v1' ? e.data.assetIds.length : e.type))).toEqual([
      CHARGES_PER_EVENT,
      1,
      'depreciation.month-closed.v1',
    ]);
  });

  it('resumes a close cut off between appends: what was charged stands, only the rest is charged, the close counts both', () => {
    const given: LedgerEvent[] = [
      registered('a-1', { acquiredOn: '2026-10-01' }),
      registered('a-2', { departmentId: 'D-SCH2', acquiredOn: '2026-10-01' }),
    ];
    const full = depreciationDecider.decide(close('2026-10'), given.reduce(depreciationDecider.evolve, depreciationDecider.initialState()));
    if (!Array.isArray(full)) throw new Error('expected events');
    const [firstPart, secondPart, closedEvent] = full;
    spec
      .given([...given, firstPart])
      .when(close('2026-10'))
      .then([secondPart, closedEvent]);
    // Another month waits for it; a table cannot be loaded under it.
    spec
      .given([...given, firstPart])
      .when(close('2026-11', financeApprover, '2026-12-02T00:00:00.000Z'))
      .thenError('DEPRECIATION_MONTH_OUT_OF_ORDER', { next: '2026-10' });
    spec
      .given([...given, firstPart])
      .when({
        kind: 'LoadLifeTable',
        actor: financeApprover,
        now: NOW,
        effectiveFrom: '2026-10',
        rows: [{ prefix: 'A02', name: '设备', years: 5, basis: 'b' }],
        source: 's',
        reason: 'r',
      })
      .thenError('LIFE_TABLE_FOR_CLOSED_MONTH');
  });
});

describe('the order of closes: from the ledger’s start, one month after another', () => {
  const at = (events: readonly [LedgerEvent, string][]) =>
    events.reduce((state, [event, occurredAt]) => evolveLedger(state, event, occurredAt), initialLedgerState());
  // The first computer entered the books in July (China time); a 文物 (not depreciated) came in March.
  const state = () =>
    at([
      [registered('relic', { categoryCode: 'A03000000', acquiredOn: '2020-01-01' }), '2026-03-05T02:00:00.000Z'],
      [registered('a-1', { acquiredOn: '2026-03-10' }), '2026-07-05T02:00:00.000Z'],
      [registered('a-2', { acquiredOn: '2026-01-10' }), '2026-08-05T02:00:00.000Z'],
    ]);

  it('given no close yet, the first close is the month the first depreciating card entered the books', () => {
    expect(ledgerStartMonth(state())).toBe('2026-07');
    expect(nextMonthToClose(state())).toBe('2026-07');
    const before = decideDepreciation(close('2026-06'), state());
    expect(before).toBeInstanceOf(DepreciationError);
    expect(before).toMatchObject({ code: 'DEPRECIATION_MONTH_BEFORE_START', details: { month: '2026-06', next: '2026-07' } });
    expect(decideDepreciation(close('2026-09'), state())).toMatchObject({
      code: 'DEPRECIATION_MONTH_OUT_OF_ORDER',
      details: { month: '2026-09', next: '2026-07' },
    });
    const first = decideDepreciation(close('2026-07'), state());
    expect(Array.isArray(first) && first[first.length - 1].type).toBe('depreciation.month-closed.v1');
  });

  it('after a close, neither skipping a month nor closing one before the last closed', () => {
    const s = state();
    evolveLedger(s, closed('2026-07'), '2026-08-01T02:00:00.000Z');
    evolveLedger(s, closed('2026-08'), '2026-09-01T02:00:00.000Z');
    expect(decideDepreciation(close('2026-10'), s)).toMatchObject({
      code: 'DEPRECIATION_MONTH_OUT_OF_ORDER',
      details: { next: '2026-09' },
    });
    expect(decideDepreciation(close('2026-06'), s)).toMatchObject({
      code: 'DEPRECIATION_MONTH_OUT_OF_ORDER',
      details: { next: '2026-09', lastClosed: '2026-08' },
    });
    expect(decideDepreciation(close('2026-08'), s)).toMatchObject({ code: 'DEPRECIATION_MONTH_ALREADY_CLOSED' });
  });
});

describe('a configured ledger start (DEPRECIATION_LEDGER_START)', () => {
  const state = () => evolveLedger(initialLedgerState(), registered('a-1', { acquiredOn: '2020-03-10' }), '2024-12-05T02:00:00.000Z');

  it('makes the first close that month, whatever came before', () => {
    const from = (month: string) => decideDepreciation({ ...close(month), ledgerStart: '2026-09' }, state());
    expect(from('2026-08')).toMatchObject({ code: 'DEPRECIATION_MONTH_BEFORE_START', details: { next: '2026-09' } });
    expect(from('2026-10')).toMatchObject({ code: 'DEPRECIATION_MONTH_OUT_OF_ORDER', details: { next: '2026-09' } });
    expect(Array.isArray(from('2026-09'))).toBe(true);
    expect(decideDepreciation(close('2026-09'), state())).toMatchObject({ details: { next: '2024-12' } });
  });
});
