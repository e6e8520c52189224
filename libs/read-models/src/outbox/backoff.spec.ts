import { backoffDelayMs } from './backoff';

describe('retry back-off', () => {
  const policy = { baseMs: 30_000, maxMs: 3_600_000 };

  it('given failed tries, when the next wait is computed, then it doubles from the base', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, policy))).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it('given many failed tries, then the wait stops at the cap (and never overflows)', () => {
    expect(backoffDelayMs(8, policy)).toBe(3_600_000);
    expect(backoffDelayMs(10_000, policy)).toBe(3_600_000);
  });

  it('given no failed try yet, then the wait is the base', () => {
    expect(backoffDelayMs(0, policy)).toBe(30_000);
  });
});
