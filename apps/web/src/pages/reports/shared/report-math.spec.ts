import { addDays, fenToYuanNumber, formatRatio, periodQuery, zeroFill } from './report-math';

describe('report helpers', () => {
  it('given China dates, then the period runs from 00:00 of the first day to 00:00 after the last (exclusive)', () => {
    expect(periodQuery('2026-01-01', '2026-01-31')).toEqual({ from: '2025-12-31T16:00:00.000Z', to: '2026-01-31T16:00:00.000Z' });
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });

  it('given units without rows, then they appear with zeros in the known order, and unknown rows are kept after them', () => {
    const rows = [
      { d: 'D-X', n: 4 },
      { d: 'D-B', n: 2 },
    ];
    expect(
      zeroFill(
        ['D-A', 'D-B'],
        rows,
        (r) => r.d,
        (d) => ({ d, n: 0 }),
      ),
    ).toEqual([
      { d: 'D-A', n: 0 },
      { d: 'D-B', n: 2 },
      { d: 'D-X', n: 4 },
    ]);
  });

  it('converts 分 to 元 by text and shows ratios as percentages', () => {
    expect(fenToYuanNumber(123456789)).toBe(1234567.89);
    expect(fenToYuanNumber(5)).toBe(0.05);
    expect(formatRatio(0.3333)).toBe('33.3%');
    expect(formatRatio(0)).toBe('0.0%');
    expect(formatRatio(null)).toBe('—');
  });
});
