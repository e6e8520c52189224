import { CryptoSuite } from '@app/crypto';
import { DataSource, getMetadataArgsStorage } from 'typeorm';
import { comparePositions, EventStore, GlobalPosition, RecordedEvent } from '@app/event-store';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '../schema';
import { allProjections } from '../projections';
import { Projection } from '../projection';
import { BatchFeed } from './batch-feed';
import { createShadowTables, finishShadowTables, swapShadowTables, withClient } from './shadow-tables';

/** Tables the projector owns and a rebuild replaces; signed tree heads are history, never rebuilt. */
// Tree heads are signed records, and projection failures are the operator's history: neither is rebuilt from events.
// Nor are the personal-data keys: never rebuilt, never copied. Register imports are jobs the import worker
// writes (its checkpoint and rows), not a projection: a rebuild must leave a running import where it is.
// Inbox read marks are what people did in the API, not events: the rebuilt notifications keep their ids and marks.
// The outbox is what was (or is to be) sent, and channel choices and unit webhooks are settings people made in
// the API: a rebuild hands nothing to the outbox and must not forget what it holds.
const NOT_PROJECTED = new Set([
  'audit_tree_heads',
  'audit_log_epochs',
  'projection_failures',
  'personal_data_keys',
  'personal_data_erasures',
  'asset_import_jobs',
  'asset_import_rows',
  'property_import_jobs',
  'property_import_rows',
  'inbox_read_marks',
  'outbox_messages',
  'notification_preferences',
  'department_webhooks',
]);
// A batch per transaction and read model; a few of them in memory at once (see BatchFeed). Larger batches
// mean fewer statements and transactions per read model (4,000 measured against 1,000: about a tenth less CPU).
const BATCH = 4000;
/** The schemas a rebuild builds in (and drops): rebuild_ and digits, nothing a query could be smuggled into. */
const SHADOW_SCHEMA = /^rebuild_\d+$/;

export interface TableDifference {
  table: string;
  onlyLive: number;
  onlyRebuilt: number;
  sample: unknown[];
}

export interface ShadowBuild {
  schema: string;
  events: number;
  /** The whole build: tables, replay, deferred indexes, ANALYZE. */
  seconds: number;
  /** When each read model had replayed every event, seconds from the start. */
  replayed: Record<string, number>;
  /** Seconds each read model spent inside its transactions (the rest it waited for batches or for the slowest lane). */
  busy: Record<string, number>;
  /** Seconds the deferred indexes and ANALYZE took once every read model had replayed. */
  finishing: number;
}

export interface Progress {
  events: number;
  total: number;
  seconds: number;
}

export class ReadModelRebuilder {
  constructor(
    private readonly store: EventStore,
    private readonly url: string,
    private readonly suite: CryptoSuite,
    private readonly onProgress: (p: Progress) => void = () => undefined,
    /** Events per batch (and per transaction of each read model). */
    private readonly batchSize = BATCH,
    /** Rows each read model may hold in memory between batches (its own default if absent); small in tests, to write some out early. */
    private readonly heldRows?: number,
  ) {}

  private async sql<T extends object = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
    return withClient(this.url, async (client) => (await client.query<T>(text, params)).rows);
  }

  async tables(): Promise<string[]> {
    const entities = DATABASE_SCHEMA.entities as unknown[];
    return getMetadataArgsStorage()
      .tables.filter((t) => entities.includes(t.target) && typeof t.name === 'string')
      .map((t) => t.name as string)
      .filter((t) => !NOT_PROJECTED.has(t));
  }

  /**
   * Replays every event up to `until` (default: the head now) into fresh tables in a new schema. The
   * history is read once; every read model replays it on its own connection, side by side, each
   * batch in a transaction with that read model's checkpoint. Indexes other than b-trees are built
   * after the rows are in, and every table is analysed.
   */
  async buildShadow(until?: GlobalPosition, schema = `rebuild_${Date.now()}`): Promise<ShadowBuild> {
    if (!SHADOW_SCHEMA.test(schema)) throw new Error(`not a rebuild schema name: ${schema}`);
    const tables = await this.tables();
    const started = process.hrtime.bigint();
    const projections = allProjections(this.suite);
    const lookups = new Set(projections.flatMap((p) => p.lookupIndexes ?? []));
    const appendOnly = new Set(projections.flatMap((p) => p.forRebuild?.().appendOnlyInRebuild ?? []));
    const deferred = await createShadowTables(this.url, schema, tables, lookups, appendOnly);
    const dataSource = new DataSource({
      ...dataSourceOptions(this.url, DATABASE_SCHEMA),
      schema,
      extra: { options: `-c search_path=${schema},public`, max: projections.length + 1 },
    });
    await dataSource.initialize();
    const target = until ?? (await this.store.headPosition());
    // Events the operator skipped for a read model stay skipped in a rebuild, or it would stop where the live one did.
    const skipped = new Map<string, Set<string>>();
    for (const row of await this.sql<{ projection: string; event_id: string }>(
      `SELECT projection, event_id FROM projection_failures WHERE resolution = 'skipped'`,
    ))
      skipped.set(row.projection, (skipped.get(row.projection) ?? new Set()).add(row.event_id));
    const totalRows = await this.sql<{ n: string }>('SELECT count(*) AS n FROM audit_log');
    const total = Number(totalRows[0]?.n ?? 0);
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    const read = async (after: GlobalPosition | undefined) =>
      target
        ? (await this.store.readAll({ after, maxCount: this.batchSize })).filter((e) => comparePositions(e.position, target) <= 0)
        : [];
    const feed = new BatchFeed(read, projections.length, 4, (events) =>
      this.onProgress({ events, total: Math.max(total, events), seconds: seconds() }),
    );
    const replayed: Record<string, number> = {};
    const busy: Record<string, number> = {};
    try {
      await Promise.all(
        projections.map((projection, lane) =>
          this.replay(dataSource, projection, feed, lane, skipped.get(projection.name), busy).then(
            () => void (replayed[projection.name] = seconds()),
            (error: unknown) => {
              feed.fail(error);
              throw error;
            },
          ),
        ),
      );
    } finally {
      await dataSource.destroy();
    }
    const replayedAll = seconds();
    await finishShadowTables(this.url, schema, tables, deferred);
    return { schema, events: feed.eventsDone, seconds: seconds(), replayed, busy, finishing: seconds() - replayedAll };
  }

  /**
   * One read model's replay: batch after batch, rows and checkpoint in one transaction. A batch with no
   * event the read model handles opens none: its position goes with the next transaction's checkpoint,
   * or with a last checkpoint-only transaction at the end.
   */
  private async replay(
    dataSource: DataSource,
    live: Projection,
    feed: BatchFeed,
    lane: number,
    skip: Set<string> | undefined,
    busy: Record<string, number>,
  ): Promise<void> {
    const projection = live.forRebuild?.({ heldRows: this.heldRows }) ?? live;
    busy[projection.name] = 0;
    const commit = async (events: readonly RecordedEvent[], reached: { last: GlobalPosition; events: number }) => {
      const started = process.hrtime.bigint();
      await this.commit(dataSource, projection, events, reached);
      busy[projection.name] += Number(process.hrtime.bigint() - started) / 1e9;
    };
    const handles = projection.handles?.bind(projection) ?? (() => true);
    // Events passed over since the last checkpoint, and the position after them.
    let passed = 0;
    let last: GlobalPosition | null = null;
    for (;;) {
      const batch: RecordedEvent[] = await feed.next(lane);
      if (batch.length === 0) break;
      last = batch[batch.length - 1].position;
      passed += batch.length;
      const events = skip ? batch.filter((e) => !skip.has(e.id)) : batch;
      if (events.some((e) => handles(e.type))) {
        await commit(events, { last, events: passed });
        passed = 0;
      }
      feed.advance(lane);
    }
    // The last checkpoint goes with what the read model held in memory, or alone if events were passed over since.
    if (last && (passed > 0 || projection.finish)) await commit([], { last, events: passed });
  }

  private async commit(
    dataSource: DataSource,
    projection: Projection,
    events: readonly RecordedEvent[],
    reached: { last: GlobalPosition; events: number },
  ): Promise<void> {
    await dataSource.transaction(async (tx) => {
      // Nothing reads the shadow before the swap, whose commit is flushed to disk and everything written before it with it;
      // a crash before that leaves a schema to drop and a rebuild to start again, whichever batches reached the disk.
      await tx.query('SET LOCAL synchronous_commit = off');
      if (events.length > 0) await projection.apply(tx, events);
      else if (projection.finish) await projection.finish(tx);
      await tx.query(
        `INSERT INTO projection_checkpoints (name, commit_position, prepare_position, events_applied, updated_at) VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (name) DO UPDATE SET commit_position = $2, prepare_position = $3, events_applied = projection_checkpoints.events_applied + $4, updated_at = now()`,
        [projection.name, reached.last.commit.toString(), reached.last.prepare.toString(), reached.events],
      );
    });
  }

  /** Rows that differ between the live read models and a rebuilt schema (checkpoint bookkeeping aside). */
  async compare(schema: string): Promise<TableDifference[]> {
    const out: TableDifference[] = [];
    for (const table of (await this.tables()).filter((t) => t !== 'projection_checkpoints')) {
      const onlyLive = await this.sql(`SELECT * FROM public.${table} EXCEPT ALL SELECT * FROM ${schema}.${table} LIMIT 1000`);
      const onlyRebuilt = await this.sql(`SELECT * FROM ${schema}.${table} EXCEPT ALL SELECT * FROM public.${table} LIMIT 1000`);
      if (onlyLive.length || onlyRebuilt.length)
        out.push({
          table,
          onlyLive: onlyLive.length,
          onlyRebuilt: onlyRebuilt.length,
          sample: [...onlyLive.slice(0, 3), ...onlyRebuilt.slice(0, 3)],
        });
    }
    return out;
  }

  /**
   * Puts the rebuilt tables in place in one transaction (see swapShadowTables). Readers keep seeing
   * the old rows until it commits; a running projector finds its checkpoint moved and resumes from the new one.
   */
  async swapIn(schema: string): Promise<void> {
    await swapShadowTables(this.url, schema, await this.tables());
  }

  /** Drops the shadow schema and the tables a swap retired. */
  async drop(schema: string): Promise<void> {
    if (!SHADOW_SCHEMA.test(schema)) throw new Error(`refusing to drop ${schema}`);
    await this.sql(`DROP SCHEMA IF EXISTS ${schema}_retired CASCADE`);
    await this.sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }

  /** The position every live projection has reached, once they all agree (the system is caught up). */
  async liveCheckpoint(timeoutMs = 30000): Promise<GlobalPosition | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const head = await this.store.headPosition();
      const rows = await this.sql<{ commit_position: string; prepare_position: string }>(
        'SELECT commit_position, prepare_position FROM projection_checkpoints',
      );
      const positions = rows.map((r) => `${r.commit_position}/${r.prepare_position}`);
      const all = new Set(positions);
      const headKey = head ? `${head.commit}/${head.prepare}` : '-1/-1';
      if (rows.length === allProjections(this.suite).length && all.size === 1 && all.has(headKey)) return head;
      if (head === null && rows.length === 0) return null;
      if (Date.now() > deadline) throw new Error('the live projections did not catch up; verify compares a quiet system');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
