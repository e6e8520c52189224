import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  comparePositions,
  EventStoreHighWaterMark1732300001250,
  IdempotencyConflictError,
  NewEvent,
  PostgresEventStore,
  RecordedEvent,
} from '@app/event-store';
import { runMigrations } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { createEmptyDatabase, createTestDatabase } from '@test/support/test-database';

// PostgreSQL only: what the high-water mark does while a transaction is held open, across an
// upgrade of a database written by the serialised appender, and with gaps in the sequence.

function event(data: Record<string, unknown> = {}): NewEvent {
  const metadata = {
    actorId: 'u-hwm',
    actorRole: 'asset_manager',
    departmentId: 'D-TEST',
    correlationId: 'c',
    causationId: 'c',
    occurredAt: '2026-01-02T03:04:05.000Z',
  };
  return { id: randomUUID(), type: 't.v1', data, metadata };
}

const APPEND = `SELECT * FROM event_store.append_events($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])`;
const appendArgs = (stream: string, expected: string, events: NewEvent[]) => [
  stream,
  expected,
  events.map((e) => e.id),
  events.map((e) => e.type),
  events.map((e) => JSON.stringify(e.data)),
  events.map((e) => JSON.stringify(e.metadata)),
];

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

describe('PostgreSQL event store: high-water mark', () => {
  let url: string;
  let store: PostgresEventStore;
  let held: Client;

  beforeAll(async () => {
    url = await createTestDatabase('hwm');
    store = new PostgresEventStore({ connectionString: url });
    held = await connect(url);
  });
  afterAll(async () => {
    await held.end();
    await store.close();
  });

  it('keeps a later commit out of sight while an older transaction is open, then delivers both in order', async () => {
    const prefix = `bolt${randomUUID().slice(0, 6)}-`;
    const start = (await store.headPosition()) ?? undefined;
    const subscription = store.subscribeToAll({ after: start, streamPrefixes: [prefix] });
    const seen: RecordedEvent[] = [];
    const reading = (async () => {
      for await (const e of subscription) {
        seen.push(e);
        if (seen.length === 2) break;
      }
    })();

    try {
      // The slow writer takes its transaction id first (after the append lock, as every appender must),
      // the fast one appends and commits meanwhile, then the slow one appends: it holds the higher
      // sequence number but the older transaction.
      await held.query('BEGIN');
      await held.query('SELECT event_store.begin_append()');
      await held.query('SELECT pg_current_xact_id()');
      const fast = await store.append(`${prefix}fast`, [event({ who: 'fast' })], 'no_stream');
      const slowEvent = event({ who: 'slow' });
      const { rows } = await held.query<{ last_commit: string; last_position: string }>(
        APPEND,
        appendArgs(`${prefix}slow`, 'no_stream', [slowEvent]),
      );
      expect(BigInt(rows[0].last_position)).toBeGreaterThan(fast.position.prepare);

      await new Promise((r) => setTimeout(r, 300));
      expect(seen).toEqual([]);
      expect(await store.readAll({ after: start, streamPrefixes: [prefix] })).toEqual([]);

      // The head readers see stays behind both; the last committed position already covers the fast append.
      const head = await store.headPosition();
      expect(head === null || comparePositions(head, fast.position) < 0).toBe(true);
      expect(await store.lastCommittedPosition()).toEqual(fast.position);
      await held.query('COMMIT');
      expect(comparePositions((await store.headPosition())!, fast.position)).toBeGreaterThanOrEqual(0);
      await reading;
      expect(seen[1]?.position).toEqual(fast.position);
    } finally {
      await subscription.close();
      await held.query('ROLLBACK').catch(() => undefined);
    }
    expect(seen.map((e) => e.data.who)).toEqual(['slow', 'fast']);
    expect(comparePositions(seen[0].position, seen[1].position)).toBeLessThan(0);
  });

  it('delivers appends to a live subscriber while unrelated transactions hold transaction ids, here and in another database', async () => {
    const prefix = `busy${randomUUID().slice(0, 6)}-`;
    const otherDb = await connect(await createTestDatabase('hwmother'));
    const sameDb = await connect(url);
    const start = (await store.headPosition()) ?? undefined;
    const subscription = store.subscribeToAll({ after: start, streamPrefixes: [prefix] });
    const seen: RecordedEvent[] = [];
    let arrived: () => void = () => undefined;
    const reading = (async () => {
      for await (const e of subscription) {
        seen.push(e);
        arrived();
      }
    })();
    try {
      // Each holds a transaction id and stays open: a projection's write, a session idle in
      // transaction, a long rebuild in another database. None of them appends events.
      for (const client of [sameDb, otherDb]) {
        await client.query('BEGIN');
        await client.query('CREATE TEMP TABLE held_open (n int)');
        await client.query('INSERT INTO held_open VALUES (1)');
        await client.query('SELECT pg_current_xact_id()');
      }
      // An appender that took the append lock but has written nothing yet has no transaction id either.
      await held.query('BEGIN');
      await held.query('SELECT event_store.begin_append()');
      const appended = [];
      for (let i = 0; i < 5; i++) {
        // A liveness bound, not a speed check: with a server-wide mark this never arrives.
        const delivered = new Promise<string>((resolve) => {
          arrived = () => resolve('delivered');
          setTimeout(() => resolve('held back'), 10_000).unref();
        });
        appended.push(await store.append(`${prefix}s`, [event({ i })], i === 0 ? 'no_stream' : BigInt(i - 1)));
        expect(await delivered).toBe('delivered');
      }
      expect(seen.map((e) => e.data.i)).toEqual([0, 1, 2, 3, 4]);
      expect(seen.map((e) => e.position)).toEqual(appended.map((a) => a.position));
      expect(comparePositions((await store.headPosition())!, appended[4].position)).toBeGreaterThanOrEqual(0);
      expect(await store.countAfter(start ?? null, 1000)).toBeGreaterThanOrEqual(5);
    } finally {
      await subscription.close();
      await reading;
      await held.query('ROLLBACK').catch(() => undefined);
      await sameDb.end();
      await otherDb.end();
    }
  });

  it('refuses events written after the transaction has written something else, and writes nothing', async () => {
    const prefix = `late${randomUUID().slice(0, 6)}-`;
    const e = event();
    await held.query('BEGIN');
    try {
      await held.query('CREATE TEMP TABLE late_write (n int)');
      await held.query('INSERT INTO late_write VALUES (1)');
      // The append lock would come after the transaction id: a reader could pass it unseen.
      await expect(held.query(APPEND, appendArgs(`${prefix}a`, 'no_stream', [e]))).rejects.toMatchObject({ code: 'ES003' });
      await held.query('ROLLBACK');
      await held.query('BEGIN');
      await held.query('INSERT INTO event_store.streams (stream_id, revision) VALUES ($1, 0)', [`${prefix}b`]);
      await expect(
        held.query(
          `INSERT INTO event_store.events (stream_id, stream_revision, event_id, event_type, data, metadata) VALUES ($1, 0, $2, 't.v1', '{}', '{}')`,
          [`${prefix}b`, e.id],
        ),
      ).rejects.toMatchObject({ code: 'ES003' });
    } finally {
      await held.query('ROLLBACK');
    }
    expect(await store.readStream(`${prefix}a`)).toEqual([]);
    expect(await store.readStream(`${prefix}b`)).toEqual([]);
    // Taking the append lock first makes the same order of writes legal.
    await held.query('BEGIN');
    await held.query('SELECT event_store.begin_append()');
    await held.query('INSERT INTO event_store.streams (stream_id, revision) VALUES ($1, 0)', [`${prefix}c`]);
    await held.query(
      `INSERT INTO event_store.events (stream_id, stream_revision, event_id, event_type, data, metadata) VALUES ($1, 0, $2, 't.v1', '{}', '{}')`,
      [`${prefix}c`, e.id],
    );
    await held.query('COMMIT');
    expect((await store.readStream(`${prefix}c`)).map((r) => r.id)).toEqual([e.id]);
  });

  it('refuses event ids a concurrent append wrote to another stream', async () => {
    const prefix = `dup${randomUUID().slice(0, 6)}-`;
    const shared = event();
    await held.query('BEGIN');
    await held.query(APPEND, appendArgs(`${prefix}a`, 'no_stream', [shared]));
    // Its refusal can arrive before the COMMIT's own answer: caught at once, never an unhandled rejection.
    const second = store.append(`${prefix}b`, [shared], 'no_stream').then(
      () => null,
      (error: unknown) => error,
    );
    await new Promise((r) => setTimeout(r, 100));
    await held.query('COMMIT');
    const refusal = await second;
    expect(refusal).toBeInstanceOf(IdempotencyConflictError);
    expect(refusal).toMatchObject({ eventId: shared.id });
    expect(await store.readStream(`${prefix}b`)).toEqual([]);
  });

  it('counts and reads across the gap a rolled-back append leaves in the sequence', async () => {
    const prefix = `gap${randomUUID().slice(0, 6)}-`;
    const before = await store.headPosition();
    const first = await store.append(`${prefix}s`, [event({ n: 1 })], 'no_stream');
    await held.query('BEGIN');
    await held.query(APPEND, appendArgs(`${prefix}t`, 'no_stream', [event(), event(), event()]));
    await held.query('ROLLBACK');
    const second = await store.append(`${prefix}s`, [event({ n: 2 })], 0n);
    expect(second.position.prepare - first.position.prepare).toBeGreaterThan(1n);
    const all = await store.readAll({ after: before ?? undefined, streamPrefixes: [prefix] });
    expect(all.map((e) => e.data.n)).toEqual([1, 2]);
    expect(await store.countAfter(before, 1000)).toBe(2);
    expect(await store.countAfter(first.position, 1000)).toBe(1);
    expect(await store.countAfter(before, 1)).toBe(1);
    expect(await store.readStream(`${prefix}t`)).toEqual([]);
  });
});

describe('PostgreSQL event store: upgrading a database written by the serialised appender', () => {
  it('keeps old positions and checkpoints, and orders every new append after them', async () => {
    const url = await createEmptyDatabase('hwmup');
    const older = (DATABASE_SCHEMA.migrations as unknown[]).filter(
      (m) => m !== EventStoreHighWaterMark1732300001250,
    ) as (typeof Function)[];
    await runMigrations(url, { ...DATABASE_SCHEMA, migrations: older });
    const sql = await connect(url);
    try {
      const oldEvents = [event({ n: 0 }), event({ n: 1 }), event({ n: 2 })];
      await sql.query(APPEND, appendArgs('old-a', 'no_stream', oldEvents.slice(0, 2)));
      const { rows } = await sql.query<{ last_position: string }>(APPEND, appendArgs('old-b', 'no_stream', oldEvents.slice(2)));
      expect(rows[0].last_position).toBe('3');
      // A projection that had applied the first two events under the old numbering.
      await sql.query(`INSERT INTO projection_checkpoints (name, commit_position, prepare_position, updated_at) VALUES ('p', 2, 2, now())`);

      await runMigrations(url, DATABASE_SCHEMA);
      const store = new PostgresEventStore({ connectionString: url });
      try {
        const old = await store.readAll();
        expect(old.map((e) => [e.position.commit, e.position.prepare])).toEqual([
          [1n, 1n],
          [2n, 2n],
          [3n, 3n],
        ]);
        const appended = await store.append('old-a', [event({ n: 3 })], 1n);
        expect(appended.nextExpectedRevision).toBe(2n);
        expect(appended.position.prepare).toBe(4n);
        expect(comparePositions(appended.position, old[2].position)).toBeGreaterThan(0);
        // Resuming from the stored checkpoint delivers the third old event and then the new one.
        const resumed = await store.readAll({ after: { commit: 2n, prepare: 2n } });
        expect(resumed.map((e) => e.data.n)).toEqual([2, 3]);
        await expect(store.append('old-b', [event()], 'no_stream')).rejects.toMatchObject({ actual: 0n });
        expect(await store.headPosition()).toEqual(appended.position);
      } finally {
        await store.close();
      }
    } finally {
      await sql.end();
    }
  });
});
