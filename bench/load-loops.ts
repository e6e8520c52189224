/** Driving a measured operation: a fixed number in flight, and the rate and latencies that came of it. */

export interface Rate {
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly sent: number;
}

/** The value at fraction `p` (0.5, 0.95, 0.99) of ascending `sorted`. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

/** Rate of `latencies.length` operations done in `seconds`, with their p50 and p99 (sorts `latencies`). */
export function rateOf(latencies: number[], seconds: number): Rate {
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    sent: latencies.length,
  };
}

/**
 * `ops` operations, `inFlight` at a time: each of `inFlight` workers takes the next operation as soon as
 * its last one is done. `op` gets the operation's number and the worker's.
 */
export async function closedLoop(inFlight: number, ops: number, op: (i: number, worker: number) => Promise<void>): Promise<Rate> {
  const latencies: number[] = [];
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: inFlight }, async (_, worker) => {
      while (next < ops) {
        const i = next++;
        const t = process.hrtime.bigint();
        await op(i, worker);
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  return rateOf(latencies, Number(process.hrtime.bigint() - start) / 1e9);
}
