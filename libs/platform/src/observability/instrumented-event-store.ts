import { EventStore, IdempotencyConflictError, isTransientStoreError, WrongExpectedVersionError } from '@app/event-store';
import { aroundEveryCall } from '../event-store/around-every-call';
import { appendSeconds, eventStoreErrors } from './metrics';

/** The metric label of a failed call: expected refusals apart from the store being out of reach. */
export function errorKindOf(error: unknown): string {
  if (error instanceof WrongExpectedVersionError) return 'wrong_expected_version';
  if (error instanceof IdempotencyConflictError) return 'idempotency_conflict';
  // "Unavailable" is what the store calls a passing failure: the same sorting the retries use.
  return isTransientStoreError(error) ? 'unavailable' : 'other';
}

/** The same store, with every append timed and every failed call counted (warehouse_event_store_*). */
export function instrumentedEventStore(store: EventStore): EventStore {
  const backend = store.backend;
  return aroundEveryCall(store, async (operation, call) => {
    const done = operation === 'append' ? appendSeconds.startTimer({ backend }) : null;
    try {
      return await call();
    } catch (error: unknown) {
      eventStoreErrors.inc({ backend, operation, kind: errorKindOf(error) });
      throw error;
    } finally {
      done?.();
    }
  });
}
