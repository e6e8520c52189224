import {
  ANY,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  jsonEvent,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  streamNameFilter,
  WrongExpectedVersionError as EsdbWrongExpectedVersionError,
  AppendExpectedRevision,
  Position,
  RecordedEvent as EsdbRecordedEvent,
  AllStreamRecordedEvent,
} from '@eventstore/db-client';
import {
  AllSubscription,
  AppendResult,
  EventMetadata,
  EventStore,
  ExpectedRevision,
  GlobalPosition,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  comparePositions,
} from '../event-store.port';
import { SubscriptionRefusedError, WrongExpectedVersionError } from '../event-store.errors';
import { isPermanentSubscriptionError } from '../transient-errors';
import { isSystemEvent, productEventsFilter } from './system-events';

const RESUBSCRIBE_MIN_MS = 100;
const RESUBSCRIBE_MAX_MS = 5000;

function toEsdbExpected(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return expected;
  }
}

function matchesPrefixes(streamId: string, prefixes: readonly string[] | undefined): boolean {
  return !prefixes || prefixes.length === 0 || prefixes.some((p) => streamId.startsWith(p));
}

function toRecorded(event: EsdbRecordedEvent | AllStreamRecordedEvent): RecordedEvent {
  if (!event.position) throw new Error(`EventStoreDB returned event ${event.id} without a position`);
  return {
    id: event.id,
    streamId: event.streamId,
    revision: event.revision,
    position: { commit: event.position.commit, prepare: event.position.prepare },
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: event.metadata as unknown as EventMetadata,
    recordedAt: event.created,
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * EventStoreDB backend. Appends always carry an explicit expected revision and client-chosen
 * event ids (derived from the command id), so the server deduplicates a retried append.
 * Projections use catch-up $all subscriptions, never persistent subscriptions: the checkpoint
 * lives in Postgres next to the read model rows.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly backend = 'eventstoredb' as const;
  private readonly client: EventStoreDBClient;

  constructor(connectionString: string) {
    this.client = EventStoreDBClient.connectionString(connectionString);
  }

  async append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    try {
      const result = await this.client.appendToStream(
        streamId,
        events.map((e) => jsonEvent({ id: e.id, type: e.type, data: e.data as Record<string, unknown>, metadata: e.metadata })),
        { expectedRevision: toEsdbExpected(expectedRevision) },
      );
      const position = result.position ?? { commit: -1n, prepare: -1n };
      return { nextExpectedRevision: result.nextExpectedRevision, position };
    } catch (error: unknown) {
      if (error instanceof EsdbWrongExpectedVersionError) {
        const actual = typeof error.actualVersion === 'bigint' ? error.actualVersion : 'no_stream';
        throw new WrongExpectedVersionError(streamId, expectedRevision, actual);
      }
      throw error;
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const out: RecordedEvent[] = [];
    try {
      const stream = this.client.readStream(streamId, {
        fromRevision: options.fromRevision ?? START,
        maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
        direction: FORWARDS,
      });
      for await (const resolved of stream) {
        if (resolved.event) out.push(toRecorded(resolved.event));
      }
    } catch (error: unknown) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return out;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const out: RecordedEvent[] = [];
    // The server reads $all from a position inclusively; the port's `after` is exclusive.
    const stream = this.client.readAll({ fromPosition: (options.after as Position | undefined) ?? START, direction: FORWARDS });
    try {
      for await (const resolved of stream) {
        const event = resolved.event;
        if (!event || isSystemEvent(event) || !matchesPrefixes(event.streamId, options.streamPrefixes)) continue;
        const recorded = toRecorded(event);
        if (options.after && comparePositions(recorded.position, options.after) <= 0) continue;
        out.push(recorded);
        if (out.length >= limit) break;
      }
    } finally {
      await stream.cancel().catch(() => undefined);
    }
    return out;
  }

  /** EventStoreDB shows a committed event to every reader at once: the head is the last committed one. */
  lastCommittedPosition(): Promise<GlobalPosition | null> {
    return this.headPosition();
  }

  async headPosition(): Promise<GlobalPosition | null> {
    const stream = this.client.readAll({ fromPosition: END, direction: BACKWARDS });
    try {
      for await (const resolved of stream) {
        const event = resolved.event;
        if (event && !isSystemEvent(event)) return toRecorded(event).position;
      }
    } finally {
      await stream.cancel().catch(() => undefined);
    }
    return null;
  }

  subscribeToAll(options: SubscribeOptions = {}): AllSubscription {
    let closed = false;
    let current: { unsubscribe(): Promise<void> } | null = null;
    const client = this.client;
    const filter =
      options.streamPrefixes && options.streamPrefixes.length > 0
        ? streamNameFilter({ prefixes: [...options.streamPrefixes] })
        : productEventsFilter();

    async function* deliver(): AsyncGenerator<RecordedEvent> {
      let after: GlobalPosition | undefined = options.after;
      let failures = 0;
      while (!closed) {
        const subscription = client.subscribeToAll({ fromPosition: after ?? START, filter });
        current = subscription;
        try {
          for await (const resolved of subscription) {
            failures = 0;
            const event = resolved.event;
            if (!event || isSystemEvent(event)) continue;
            const recorded = toRecorded(event);
            // A resubscription may replay the checkpoint event itself; never deliver it twice.
            if (after && comparePositions(recorded.position, after) <= 0) continue;
            yield recorded;
            after = recorded.position;
            if (closed) break;
          }
        } catch (error: unknown) {
          // Refused for good (access denied, invalid position): say so to the follower instead of trying forever.
          if (isPermanentSubscriptionError(error)) throw new SubscriptionRefusedError((error as Error).message.split('\n')[0]);
          // Dropped (server restart, network): fall through to resubscribe from the last position.
        } finally {
          await subscription.unsubscribe().catch(() => undefined);
        }
        if (closed) return;
        failures += 1;
        await sleep(Math.min(RESUBSCRIBE_MIN_MS * 2 ** (failures - 1), RESUBSCRIBE_MAX_MS));
      }
    }

    const iterator = deliver();
    return {
      [Symbol.asyncIterator]: () => iterator,
      close: async () => {
        closed = true;
        await current?.unsubscribe().catch(() => undefined);
      },
    };
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}
