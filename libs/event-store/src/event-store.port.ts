/**
 * The event store port. Two real backends implement it: PostgreSQL (embedded default) and
 * EventStoreDB. Both are held to the same contract suite (libs/event-store/test).
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

/**
 * A global position in the $all order, compared commit first. EventStoreDB: the transaction's commit
 * and the event's prepare position. PostgreSQL: commit orders the appending transactions (the
 * high-water mark), prepare is the event's number from a sequence; both have gaps, so the difference of
 * two positions is not a count of events.
 */
export interface GlobalPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export interface EventMetadata {
  readonly actorId: string;
  readonly actorRole: string;
  readonly departmentId: string | null;
  readonly correlationId: string;
  readonly causationId: string;
  /** ISO-8601 time at which the command was decided. */
  readonly occurredAt: string;
  readonly [extra: string]: unknown;
}

export interface NewEvent {
  /** UUID; derive it from the command id so that a retried command deduplicates. */
  readonly id: string;
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly metadata: EventMetadata;
}

export interface RecordedEvent {
  readonly id: string;
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: GlobalPosition;
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly metadata: EventMetadata;
  readonly recordedAt: Date;
}

export interface AppendResult {
  readonly nextExpectedRevision: bigint;
  readonly position: GlobalPosition;
}

export interface ReadStreamOptions {
  readonly fromRevision?: bigint;
  readonly maxCount?: number;
}

/** One stream's events from a revision on (its tail after what a cache already folded). */
export interface StreamTailRead {
  readonly streamId: string;
  readonly fromRevision?: bigint;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Omit to start at the beginning. */
  readonly after?: GlobalPosition;
  readonly maxCount?: number;
  /** Only streams whose id starts with one of these prefixes. */
  readonly streamPrefixes?: readonly string[];
}

export interface SubscribeOptions {
  /** Exclusive checkpoint: the subscription delivers events strictly after it. */
  readonly after?: GlobalPosition;
  readonly streamPrefixes?: readonly string[];
}

/** A catch-up subscription to $all: historical events first, then live ones, in global order. */
export interface AllSubscription extends AsyncIterable<RecordedEvent> {
  /** Stops delivery; the iterator ends after the event being handled. */
  close(): Promise<void>;
}

export interface EventStore {
  readonly backend: 'postgres' | 'eventstoredb';
  append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult>;
  /** Events of one stream in revision order; an unknown stream reads as empty. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /**
   * Several streams' tails in one round trip, answered in the order asked (an unknown stream reads as
   * empty). Backends without it are read stream by stream: call it through `readStreamTails`.
   */
  readStreamTails?(reads: readonly StreamTailRead[]): Promise<RecordedEvent[][]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /**
   * Position of the last event in $all that readers can see, or null while the store is empty. Safe to
   * start a subscription after: nothing can be delivered behind it later.
   */
  headPosition(): Promise<GlobalPosition | null>;
  /**
   * A position at or after every event committed before the call, even one readers cannot see yet
   * (PostgreSQL: above the high-water mark while an older transaction is still open). What a reader
   * must reach to have seen a write that has returned (read-your-writes); not a place to subscribe from.
   */
  lastCommittedPosition(): Promise<GlobalPosition | null>;
  subscribeToAll(options?: SubscribeOptions): AllSubscription;
  /**
   * How many events readers can see after `position` (null: from the start), counting at most `limit`.
   * Positions have gaps, so this is the only way to tell how far behind a checkpoint is. Backends that
   * cannot count cheaply leave it out.
   */
  countAfter?(position: GlobalPosition | null, limit: number): Promise<number>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');

/** Several streams' tails: in one round trip where the backend can, otherwise one read per stream, side by side. */
export function readStreamTails(store: EventStore, reads: readonly StreamTailRead[]): Promise<RecordedEvent[][]> {
  if (store.readStreamTails) return store.readStreamTails(reads);
  return Promise.all(reads.map((r) => store.readStream(r.streamId, { fromRevision: r.fromRevision })));
}

export function comparePositions(a: GlobalPosition, b: GlobalPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

export function formatPosition(p: GlobalPosition): string {
  return `${p.commit}/${p.prepare}`;
}
