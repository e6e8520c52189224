import { formatCount, formatFen, parseYuanToFen, sumFen } from './money';

describe('money in the pages', () => {
  it('shows 分 as ¥ with two decimals and thousands separators', () => {
    expect(formatFen(123456)).toBe('¥1,234.56');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(100000000)).toBe('¥1,000,000.00');
    expect(formatFen(-99)).toBe('-¥0.99');
    expect(formatFen('900719925474099312')).toBe('¥9,007,199,254,740,993.12');
    expect(formatFen(null)).toBe('—');
  });

  it('refuses a fractional amount instead of rounding it', () => {
    expect(() => formatFen(1.5)).toThrow('not an amount');
  });

  it('reads typed 元 into 分 without floating point', () => {
    expect(parseYuanToFen('1,234.56')).toBe(123456);
    expect(parseYuanToFen('¥0.1')).toBe(10);
    expect(parseYuanToFen('12')).toBe(1200);
    expect(parseYuanToFen('0.29')).toBe(29);
    expect(parseYuanToFen('1.234')).toBeNull();
    expect(parseYuanToFen('abc')).toBeNull();
  });

  it('totals exactly and formats counts', () => {
    expect(formatFen(sumFen([10, 20, '30']))).toBe('¥0.60');
    expect(formatCount(10000)).toBe('10,000');
  });
});
