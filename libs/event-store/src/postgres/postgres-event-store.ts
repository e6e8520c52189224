import { Client, Pool, PoolConfig } from 'pg';
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
} from '../event-store.port';
import { IdempotencyConflictError, WrongExpectedVersionError } from '../event-store.errors';
import { AppendSignal } from './append-signal';

interface EventRow {
  global_position: string;
  stream_id: string;
  stream_revision: string;
  event_id: string;
  event_type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  recorded_at: Date;
}

const SELECT_EVENTS = `SELECT global_position, stream_id, stream_revision, event_id, event_type, data, metadata, recorded_at
  FROM event_store.events`;
const SUBSCRIPTION_BATCH = 500;
// Polling is the safety net under LISTEN/NOTIFY: a lost notification delays delivery by this much at most.
const SUBSCRIPTION_POLL_MS = 1000;

export function toPgPosition(position: bigint): GlobalPosition {
  return { commit: position, prepare: position };
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    streamId: row.stream_id,
    revision: BigInt(row.stream_revision),
    position: toPgPosition(BigInt(row.global_position)),
    type: row.event_type,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
  };
}

function prefixClause(prefixes: readonly string[] | undefined, params: unknown[]): string {
  if (!prefixes || prefixes.length === 0) return '';
  params.push(prefixes.map((p) => p.replace(/[\\%_]/g, (c) => `\\${c}`) + '%'));
  return ` AND stream_id LIKE ANY($${params.length}::text[])`;
}

export class PostgresEventStore implements EventStore {
  readonly backend = 'postgres' as const;
  private readonly pool: Pool;
  private readonly signal: AppendSignal;

  constructor(config: PoolConfig) {
    this.pool = new Pool({ max: 10, ...config });
    // An idle connection the server ended (restart, shutdown) is dropped by the pool and the next
    // query opens a new one; unheard, the pool's 'error' event would end the whole process.
    this.pool.on('error', () => undefined);
    this.signal = new AppendSignal(() => new Client(config));
  }

  async append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    try {
      const { rows } = await this.pool.query<{ next_revision: string; last_position: string }>(
        'SELECT next_revision, last_position FROM event_store.append_events($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])',
        [
          streamId,
          typeof expectedRevision === 'bigint' ? expectedRevision.toString() : expectedRevision,
          events.map((e) => e.id),
          events.map((e) => e.type),
          events.map((e) => JSON.stringify(e.data)),
          events.map((e) => JSON.stringify(e.metadata)),
        ],
      );
      const position = BigInt(rows[0].last_position);
      return { nextExpectedRevision: BigInt(rows[0].next_revision), position: toPgPosition(position) };
    } catch (error: unknown) {
      const pgError = error as { code?: string; detail?: string };
      if (pgError.code === 'ES001') {
        const actual = pgError.detail === 'no_stream' ? 'no_stream' : BigInt(pgError.detail ?? '-1');
        throw new WrongExpectedVersionError(streamId, expectedRevision, actual);
      }
      if (pgError.code === 'ES002') throw new IdempotencyConflictError(streamId, pgError.detail ?? '');
      throw error;
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>(
      `${SELECT_EVENTS} WHERE stream_id = $1 AND stream_revision >= $2 ORDER BY stream_revision LIMIT $3`,
      [streamId, (options.fromRevision ?? 0n).toString(), options.maxCount ?? null],
    );
    return rows.map(toRecorded);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const params: unknown[] = [(options.after?.commit ?? 0n).toString(), options.maxCount ?? null];
    const filter = prefixClause(options.streamPrefixes, params);
    const { rows } = await this.pool.query<EventRow>(
      `${SELECT_EVENTS} WHERE global_position > $1${filter} ORDER BY global_position LIMIT $2`,
      params,
    );
    return rows.map(toRecorded);
  }

  async headPosition(): Promise<GlobalPosition | null> {
    const { rows } = await this.pool.query<{ head: string | null }>('SELECT max(global_position) AS head FROM event_store.events');
    return rows[0].head === null ? null : toPgPosition(BigInt(rows[0].head));
  }

  subscribeToAll(options: SubscribeOptions = {}): AllSubscription {
    let closed = false;
    let wake: (() => void) | null = null;
    const deliver = async function* (this: PostgresEventStore): AsyncGenerator<RecordedEvent> {
      let after = options.after;
      while (!closed) {
        const batch = await this.readAll({ after, maxCount: SUBSCRIPTION_BATCH, streamPrefixes: options.streamPrefixes });
        for (const event of batch) {
          if (closed) return;
          yield event;
          after = event.position;
        }
        if (batch.length < SUBSCRIPTION_BATCH && !closed) {
          await this.signal.waitForAppend(SUBSCRIPTION_POLL_MS, (cancel) => (wake = cancel));
        }
      }
    };
    const iterator = deliver.call(this);
    return {
      [Symbol.asyncIterator]: () => iterator,
      close: async () => {
        closed = true;
        wake?.();
      },
    };
  }

  async close(): Promise<void> {
    await this.signal.close();
    await this.pool.end();
  }
}
