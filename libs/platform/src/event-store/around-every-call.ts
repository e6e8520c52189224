import { EventStore } from '@app/event-store';

/** The operations a wrapper sees, by the names the metrics use. */
export type StoreOperation = 'append' | 'read_stream' | 'read_all' | 'head_position' | 'last_committed_position' | 'count_after';

/**
 * The same store with every call that answers once passed through `around` (a subscription and close go straight
 * through); the optional calls stay absent where the store lacks them. Metrics and retries wrap the store with it.
 */
export function aroundEveryCall(
  store: EventStore,
  around: <T>(operation: StoreOperation, call: () => Promise<T>) => Promise<T>,
): EventStore {
  const wrapped: EventStore = {
    backend: store.backend,
    append: (streamId, events, expected) => around('append', () => store.append(streamId, events, expected)),
    readStream: (streamId, options) => around('read_stream', () => store.readStream(streamId, options)),
    readAll: (options) => around('read_all', () => store.readAll(options)),
    headPosition: () => around('head_position', () => store.headPosition()),
    lastCommittedPosition: () => around('last_committed_position', () => store.lastCommittedPosition()),
    subscribeToAll: (options) => store.subscribeToAll(options),
    close: () => store.close(),
  };
  const tails = store.readStreamTails?.bind(store);
  if (tails) wrapped.readStreamTails = (reads) => around('read_stream', () => tails(reads));
  const countAfter = store.countAfter?.bind(store);
  if (countAfter) wrapped.countAfter = (position, limit) => around('count_after', () => countAfter(position, limit));
  return wrapped;
}
