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
  StreamTailRead,
  SubscribeOptions,
} from '../event-store.port';
import { IdempotencyConflictError, WrongExpectedVersionError } from '../event-store.errors';
import { AppendSignal } from './append-signal';

interface EventRow {
  commit_position: string;
  global_position: string;
  stream_id: string;
  stream_revision: string;
  event_id: string;
  event_type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  recorded_at: Date;
}

// The statements every command runs (read a stream, append, the mark) are named: each pooled connection
// parses and plans them once instead of on every call.
const SELECT_EVENTS = `SELECT commit_position, global_position, stream_id, stream_revision, event_id, event_type, data, metadata, recorded_at
  FROM event_store.events`;
// Only rows below the high-water mark. The mark is computed by one statement and used by a later one:
// the later statement's snapshot must be taken after the mark was read (proof in the migration), so the
// two are never one statement. $1 is always the mark.
const VISIBLE = 'transaction_id < $1::xid8';
const SUBSCRIPTION_BATCH = 500;
// Polling is the safety net under LISTEN/NOTIFY: a lost notification delays delivery by this much at most.
const SUBSCRIPTION_POLL_MS = 1000;
// Appends coalesce their notifications and a commit can sit above the high-water mark for a moment, so
// after activity a subscriber looks again soon, backing off (doubling) to the poll interval when quiet.
const SUBSCRIPTION_RETRY_MS = 2;
/** {commit: transaction order, prepare: sequence}; rows written before the upgrade have commit = prepare. */
export function toPgPosition(commit: bigint, prepare: bigint): GlobalPosition {
  return { commit, prepare };
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    streamId: row.stream_id,
    revision: BigInt(row.stream_revision),
    position: toPgPosition(BigInt(row.commit_position), BigInt(row.global_position)),
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
      const { rows } = await this.pool.query<{ next_revision: string; last_commit: string; last_position: string }>({
        name: 'event_store.append',
        text: 'SELECT next_revision, last_commit, last_position FROM event_store.append_events($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])',
        values: [
          streamId,
          typeof expectedRevision === 'bigint' ? expectedRevision.toString() : expectedRevision,
          events.map((e) => e.id),
          events.map((e) => e.type),
          events.map((e) => JSON.stringify(e.data)),
          events.map((e) => JSON.stringify(e.metadata)),
        ],
      });
      const position = toPgPosition(BigInt(rows[0].last_commit), BigInt(rows[0].last_position));
      return { nextExpectedRevision: BigInt(rows[0].next_revision), position };
    } catch (error: unknown) {
      const pgError = error as { code?: string; detail?: string; constraint?: string };
      if (pgError.code === 'ES001') {
        const actual = pgError.detail === 'no_stream' ? 'no_stream' : BigInt(pgError.detail ?? '-1');
        throw new WrongExpectedVersionError(streamId, expectedRevision, actual);
      }
      if (pgError.code === 'ES002') throw new IdempotencyConflictError(streamId, pgError.detail ?? '');
      // The same event ids written meanwhile by a transaction on another stream (no shared lock saw it coming).
      if (pgError.code === '23505' && pgError.constraint === 'events_event_id_uq') {
        throw new IdempotencyConflictError(streamId, /\(event_id\)=\(([^)]+)\)/.exec(pgError.detail ?? '')?.[1] ?? '');
      }
      throw error;
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>({
      name: 'event_store.read_stream',
      text: `${SELECT_EVENTS} WHERE stream_id = $1 AND stream_revision >= $2 ORDER BY stream_revision LIMIT $3`,
      values: [streamId, (options.fromRevision ?? 0n).toString(), options.maxCount ?? null],
    });
    return rows.map(toRecorded);
  }

  async readStreamTails(reads: readonly StreamTailRead[]): Promise<RecordedEvent[][]> {
    if (reads.length === 0) return [];
    // One index range scan per stream, glued with UNION ALL (a join on unnest() let a generic plan scan more).
    const parts = reads.map(
      (_, i) =>
        `(${SELECT_EVENTS.replace('SELECT ', `SELECT ${i} AS read, `)} WHERE stream_id = $${2 * i + 1} AND stream_revision >= $${2 * i + 2})`,
    );
    const { rows } = await this.pool.query<EventRow & { read: number }>({
      name: `event_store.read_stream_tails_${reads.length}`,
      text: `${parts.join(' UNION ALL ')} ORDER BY read, stream_revision`,
      values: reads.flatMap((r) => [r.streamId, (r.fromRevision ?? 0n).toString()]),
    });
    const tails: RecordedEvent[][] = reads.map(() => []);
    for (const row of rows) tails[row.read].push(toRecorded(row));
    return tails;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? { commit: -1n, prepare: -1n };
    const params: unknown[] = [await this.highWaterMark(), after.commit.toString(), after.prepare.toString(), options.maxCount ?? null];
    const filter = prefixClause(options.streamPrefixes, params);
    const { rows } = await this.pool.query<EventRow>(
      `${SELECT_EVENTS} WHERE (commit_position, global_position) > ($2, $3) AND ${VISIBLE}${filter}
        ORDER BY commit_position, global_position LIMIT $4`,
      params,
    );
    return rows.map(toRecorded);
  }

  async headPosition(): Promise<GlobalPosition | null> {
    return this.lastPosition(`WHERE ${VISIBLE}`, [await this.highWaterMark()]);
  }

  async lastCommittedPosition(): Promise<GlobalPosition | null> {
    return this.lastPosition('', []);
  }

  /** The high-water mark, read in its own statement (see VISIBLE). */
  private async highWaterMark(): Promise<string> {
    const { rows } = await this.pool.query<{ mark: string }>({
      name: 'event_store.high_water_mark',
      text: 'SELECT event_store.high_water_mark()::text AS mark',
    });
    return rows[0].mark;
  }

  private async lastPosition(where: string, params: unknown[]): Promise<GlobalPosition | null> {
    const { rows } = await this.pool.query<{ commit_position: string; global_position: string }>(
      `SELECT commit_position, global_position FROM event_store.events ${where}
        ORDER BY commit_position DESC, global_position DESC LIMIT 1`,
      params,
    );
    return rows.length === 0 ? null : toPgPosition(BigInt(rows[0].commit_position), BigInt(rows[0].global_position));
  }

  async countAfter(position: GlobalPosition | null, limit: number): Promise<number> {
    const after = position ?? { commit: -1n, prepare: -1n };
    const { rows } = await this.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM (SELECT 1 FROM event_store.events
        WHERE (commit_position, global_position) > ($2, $3) AND ${VISIBLE} LIMIT $4) AS behind`,
      [await this.highWaterMark(), after.commit.toString(), after.prepare.toString(), limit],
    );
    return Number(rows[0].n);
  }

  subscribeToAll(options: SubscribeOptions = {}): AllSubscription {
    let closed = false;
    let wake: (() => void) | null = null;
    const deliver = async function* (this: PostgresEventStore): AsyncGenerator<RecordedEvent> {
      let after = options.after;
      let retryMs = SUBSCRIPTION_RETRY_MS;
      while (!closed) {
        const batch = await this.readAll({ after, maxCount: SUBSCRIPTION_BATCH, streamPrefixes: options.streamPrefixes });
        for (const event of batch) {
          if (closed) return;
          yield event;
          after = event.position;
        }
        if (batch.length < SUBSCRIPTION_BATCH && !closed) {
          if (batch.length > 0) retryMs = SUBSCRIPTION_RETRY_MS;
          const notified = await this.signal.waitForAppend(retryMs, (cancel) => (wake = cancel));
          retryMs = notified ? SUBSCRIPTION_RETRY_MS : Math.min(retryMs * 2, SUBSCRIPTION_POLL_MS);
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
