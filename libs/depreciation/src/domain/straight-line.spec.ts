import fc from 'fast-check';
import { AssetBook } from './asset-books';
import { evolveLedger, initialLedgerState } from './depreciation-ledger';
import { lifeOf, SHIPPED_LIFE_TABLE, significantPrefix } from './life-table';
import { addMonths, monthOf } from './months';
import { monthlyCharge } from './straight-line';

/** A book the test folds its own charges into, as the ledger's fold does. */
type FoldedBook = { -readonly [K in keyof AssetBook]: AssetBook[K] };

const book = (over: Partial<AssetBook> = {}): FoldedBook => ({
  assetId: 'a-1',
  departmentId: 'D-SCH1',
  categoryCode: 'A020100',
  acquiredOn: '2026-03-10',
  originalValueFen: 720000,
  openingFen: 0,
  chargedFen: 0,
  schedule: null,
  removedMonth: null,
  registeredMonth: null,
  ...over,
});

/** Closes month after month from `first` as the ledger would, folding each charge back into the book. */
function run(b: FoldedBook, first: string, lifeMonths: number, months: number): number[] {
  const charges: number[] = [];
  for (let i = 0; i < months; i++) {
    const { chargeFen, startsSchedule } = monthlyCharge(b, addMonths(first, i), lifeMonths);
    if (startsSchedule) b.schedule = startsSchedule;
    b.chargedFen += chargeFen;
    charges.push(chargeFen);
  }
  return charges;
}

describe('life table: codes of 7 and 9 characters find the same row', () => {
  it('strips trailing 00 pairs', () => {
    expect(significantPrefix('A020000')).toBe('A02');
    expect(significantPrefix('A02000000')).toBe('A02');
    expect(significantPrefix('A02010000')).toBe('A0201');
    expect(significantPrefix('A020100')).toBe('A0201');
    expect(significantPrefix('A02010105')).toBe('A02010105');
  });

  it('the longest matching prefix wins; 文物和陈列品 are not depreciated; a code without a row is unknown', () => {
    expect(lifeOf(SHIPPED_LIFE_TABLE, 'A02010104')).toMatchObject({ kind: 'life', months: 72 });
    expect(lifeOf(SHIPPED_LIFE_TABLE, 'A020100')).toMatchObject({ kind: 'life', months: 72 });
    expect(lifeOf(SHIPPED_LIFE_TABLE, 'A030000').kind).toBe('not_depreciated');
    expect(lifeOf(SHIPPED_LIFE_TABLE, 'A04000000').kind).toBe('not_depreciated');
    expect(lifeOf(SHIPPED_LIFE_TABLE, 'A020000').kind).toBe('unknown');
  });
});

describe('straight-line monthly charges (年限平均法)', () => {
  it('given a ¥7,200.00 computer with a 6-year life, when months are closed from its month of purchase, then ¥100.00 a month for 72 months and nothing after', () => {
    const charges = run(book(), '2026-03', 72, 80);
    expect(charges.slice(0, 72)).toEqual(Array(72).fill(10000));
    expect(charges.slice(72)).toEqual(Array(8).fill(0));
  });

  it('when the value does not divide, then the remainder falls in the last month', () => {
    const charges = run(book({ originalValueFen: 100 }), '2026-03', 36, 36);
    expect(charges.slice(0, 35)).toEqual(Array(35).fill(2));
    expect(charges[35]).toBe(100 - 2 * 35);
  });

  it('is not charged before the month of acquisition (当月增加当月计提: the month itself is)', () => {
    expect(monthlyCharge(book(), '2026-02', 72).chargeFen).toBe(0);
    expect(monthlyCharge(book(), '2026-03', 72).chargeFen).toBe(10000);
  });

  it('an imported card with 累计折旧 continues over the life that remains', () => {
    // Bought 2023-03, 36 of 72 months gone, half depreciated by the old system: ¥3,600.00 over 36 months.
    const b = book({ acquiredOn: '2023-03-01', openingFen: 360000 });
    const charges = run(b, '2026-03', 72, 40);
    expect(charges.slice(0, 36)).toEqual(Array(36).fill(10000));
    expect(charges.slice(36)).toEqual([0, 0, 0, 0]);
  });

  it('past its life with value left, everything left is charged at once', () => {
    const b = book({ acquiredOn: '2010-01-01', openingFen: 700000 });
    expect(run(b, '2026-03', 72, 2)).toEqual([20000, 0]);
  });

  it('stops in the month the asset leaves the books (当月减少当月不再计提)', () => {
    expect(monthlyCharge(book({ removedMonth: '2026-05' }), '2026-05', 72).chargeFen).toBe(0);
    // First charged in 2026-04: 71 of 72 months remain.
    expect(monthlyCharge(book({ removedMonth: '2026-05' }), '2026-04', 72).chargeFen).toBe(Math.floor(720000 / 71));
  });

  it('property: for any value, opening 累计折旧, life and first month, the charges add up to 原值 − opening exactly, none negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 60 }),
        (value, openingShare, lifeMonths, acquiredMonthsBefore, extra) => {
          const opening = Math.floor(value * openingShare);
          const first = '2030-01';
          const acquiredOn = `${addMonths(first, -acquiredMonthsBefore)}-15`;
          const b = book({ originalValueFen: value, openingFen: opening, acquiredOn });
          const remaining = Math.max(1, lifeMonths - acquiredMonthsBefore);
          const charges = run(b, monthOf(`${first}-01`), lifeMonths, remaining + extra);
          expect(charges.every((c) => Number.isInteger(c) && c >= 0)).toBe(true);
          expect(charges.reduce((s, c) => s + c, 0)).toBe(value - opening);
          // All of it within the life that remained.
          expect(charges.slice(remaining).every((c) => c === 0)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a written-off card in the ledger', () => {
  it('stops depreciating from the month of its write-off (当月减少当月不再计提)', () => {
    const state = initialLedgerState();
    evolveLedger(state, {
      type: 'asset.registered.v1',
      data: {
        assetId: 'a-1',
        assetNo: 'SCH1-1',
        departmentId: 'D-SCH1',
        name: '计算机',
        categoryCode: 'A02010105',
        custodian: '张三',
        location: '201',
        acquiredOn: '2026-03-10',
        originalValueFen: 720000,
        quantity: 1,
        unit: '台',
        condition: 'good',
        brand: null,
        specification: null,
        accumulatedDepreciationFen: 0,
        usage: null,
      },
    });
    evolveLedger(
      state,
      {
        type: 'asset.written-off.v1',
        data: {
          assetId: 'a-1',
          disposalId: 'x-1',
          disposalKind: 'scrap',
          departmentId: 'D-SCH1',
          originalValueFen: 720000,
          accumulatedDepreciationFen: 0,
          netBookValueFen: 720000,
        },
      },
      '2026-06-15T02:00:00.000Z',
    );
    const written = state.assets.get('a-1')!;
    expect(written.removedMonth).toBe('2026-06');
    expect(monthlyCharge(written, '2026-05', 72).chargeFen).toBeGreaterThan(0);
    expect(monthlyCharge(written, '2026-06', 72).chargeFen).toBe(0);
  });
});
