import { EventStore, RecordedEvent, StreamTailRead } from '@app/event-store';

/** A cached fold's catch-up: what to read, and what the read events make of it. */
export interface FoldTail<S> {
  readonly read: StreamTailRead;
  fold(fresh: readonly RecordedEvent[]): S;
}

/**
 * Folds of streams that are checked on every request (sessions, accounts), kept in memory and brought up
 * to date by reading only the events after the last one folded (usually none). A change made by another
 * API process applies to the very next request here, since every check reads the tail.
 */
export class StreamFoldCache<S> {
  private readonly folded = new Map<string, { state: S; revision: bigint }>();

  constructor(
    private readonly streamOf: (key: string) => string,
    private readonly initial: () => S,
    private readonly evolve: (state: S, event: RecordedEvent) => S,
    /** States not worth keeping (an ended session): folded but not cached. */
    private readonly keep: (state: S) => boolean = () => true,
  ) {}

  /**
   * The read that brings one fold up to date and the fold of what it returns, for callers that read
   * several tails in one round trip. The fold starts from the state the read was planned on, so a newer
   * fold cached meanwhile is never applied twice.
   */
  tail(key: string): FoldTail<S> {
    const cached = this.folded.get(key);
    return {
      read: { streamId: this.streamOf(key), fromRevision: cached ? cached.revision + 1n : undefined },
      fold: (fresh) => {
        if (fresh.length === 0) return cached?.state ?? this.initial();
        const state = fresh.reduce(this.evolve, cached?.state ?? this.initial());
        if (this.keep(state)) this.folded.set(key, { state, revision: fresh[fresh.length - 1].revision });
        else this.folded.delete(key);
        return state;
      },
    };
  }

  /** One fold as it is now: its tail read on its own. */
  async current(store: EventStore, key: string): Promise<S> {
    const tail = this.tail(key);
    return tail.fold(await store.readStream(tail.read.streamId, { fromRevision: tail.read.fromRevision }));
  }
}
