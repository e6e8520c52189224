import {
  AllSubscription,
  AppendResult,
  EventStore,
  ExpectedRevision,
  IdempotencyConflictError,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamTailRead,
  SubscribeOptions,
  WrongExpectedVersionError,
} from '@app/event-store';
import { appendSeconds, eventStoreErrors } from './metrics';

/** The metric label of a failed call: expected refusals apart from the store being out of reach. */
export function errorKindOf(error: unknown): string {
  if (error instanceof WrongExpectedVersionError) return 'wrong_expected_version';
  if (error instanceof IdempotencyConflictError) return 'idempotency_conflict';
  const text = `${(error as { code?: unknown })?.code ?? ''} ${(error as Error)?.name ?? ''} ${(error as Error)?.message ?? ''}`;
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|57P0|08\d\d\d|unavailable|NotLeader|deadline/i.test(text) ? 'unavailable' : 'other';
}

/** The same store, with every append timed and every failed call counted (warehouse_event_store_*). */
export function instrumentedEventStore(store: EventStore): EventStore {
  const backend = store.backend;
  const counted = async <T>(operation: string, call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error: unknown) {
      eventStoreErrors.inc({ backend, operation, kind: errorKindOf(error) });
      throw error;
    }
  };
  const instrumented: EventStore = {
    backend,
    append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
      const done = appendSeconds.startTimer({ backend });
      return counted('append', () => store.append(streamId, events, expected)).finally(() => done());
    },
    readStream: (streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> =>
      counted('read_stream', () => store.readStream(streamId, options)),
    readAll: (options?: ReadAllOptions) => counted('read_all', () => store.readAll(options)),
    headPosition: () => counted('head_position', () => store.headPosition()),
    lastCommittedPosition: () => counted('last_committed_position', () => store.lastCommittedPosition()),
    subscribeToAll: (options?: SubscribeOptions): AllSubscription => store.subscribeToAll(options),
    close: () => store.close(),
  };
  const tails = store.readStreamTails?.bind(store);
  if (tails) instrumented.readStreamTails = (reads: readonly StreamTailRead[]) => counted('read_stream', () => tails(reads));
  const countAfter = store.countAfter?.bind(store);
  if (countAfter) instrumented.countAfter = (position, limit) => counted('count_after', () => countAfter(position, limit));
  return instrumented;
}
