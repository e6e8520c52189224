/** How long a sender waits before the next try: doubling from `baseMs`, never longer than `maxMs`. */
export interface BackoffPolicy {
  readonly baseMs: number;
  readonly maxMs: number;
}

/**
 * The wait after the `attempts`-th failed try (1 → base, 2 → 2·base, 3 → 4·base …, capped). No
 * random jitter: the rows of one outage fail at different moments already, and a fixed schedule is
 * what an administrator reads back from `next_attempt_at`.
 */
export function backoffDelayMs(attempts: number, policy: BackoffPolicy): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 40));
  return Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
}
