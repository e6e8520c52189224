import { EventStore, EventStoreUnavailableError, isTransientStoreError } from '@app/event-store';
import { aroundEveryCall } from './around-every-call';

export interface RetryPolicy {
  /** Calls in all, the first included. */
  readonly attempts: number;
  /** Wait before the second call; each later wait is three times the one before, with jitter. */
  readonly firstDelayMs: number;
}

/** About 1.3 s of trying: enough for a leader election or a dropped connection, short enough for a person waiting. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, firstDelayMs: 300 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The same store, with calls that fail for a passing reason (no leader, unavailable, deadline, connection cut)
 * made again a few times, then refused as EventStoreUnavailableError (503 with Retry-After). An append made
 * again carries the same event ids: a first attempt that did land is recognised, not written twice.
 */
export function retryingEventStore(store: EventStore, policy: RetryPolicy = DEFAULT_RETRY): EventStore {
  return aroundEveryCall(store, async (_operation, call) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (error: unknown) {
        if (!isTransientStoreError(error)) throw error;
        if (attempt >= policy.attempts) {
          if (error instanceof EventStoreUnavailableError) throw error;
          throw new EventStoreUnavailableError((error as Error)?.message?.split('\n')[0] ?? String(error));
        }
        await sleep(policy.firstDelayMs * 3 ** (attempt - 1) * (0.75 + Math.random() / 2));
      }
    }
  });
}
