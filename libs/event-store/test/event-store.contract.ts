import { randomUUID } from 'node:crypto';
import {
  comparePositions,
  EventStore,
  GlobalPosition,
  NewEvent,
  readStreamTails,
  RecordedEvent,
  WrongExpectedVersionError,
} from '@app/event-store';
import { checkHeadIsAProductEvent, checkReadAllHidesSystemEvents, checkSubscriptionHidesSystemEvents } from './system-events.checks';

/**
 * The behaviour every event-store backend must show. Run by one int-spec per backend; the
 * EventStoreDB run targets a real server when EVENTSTORE_CONNECTION_STRING is set.
 * Streams get a fresh prefix per run, so the suite also works on a server that holds other data.
 */
export function eventStoreContract(name: string, open: () => Promise<EventStore>, close: (store: EventStore) => Promise<void>): void {
  describe(`event store contract: ${name}`, () => {
    let store: EventStore;
    const run = randomUUID().slice(0, 8);
    const stream = (label: string) => `contract${run}-${label}`;

    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await close(store);
    });

    function event(type: string, data: Record<string, unknown> = {}, id = randomUUID()): NewEvent {
      return {
        id,
        type,
        data,
        metadata: {
          actorId: 'u-contract',
          actorRole: 'asset_manager',
          departmentId: 'D-TEST',
          correlationId: 'corr-1',
          causationId: 'cause-1',
          occurredAt: '2026-01-02T03:04:05.000Z',
        },
      };
    }

    async function collect(subscription: AsyncIterable<RecordedEvent>, count: number, timeoutMs = 20000): Promise<RecordedEvent[]> {
      const seen: RecordedEvent[] = [];
      const timer = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`subscription delivered ${seen.length} of ${count}`)), timeoutMs).unref(),
      );
      const read = (async () => {
        for await (const e of subscription) {
          seen.push(e);
          if (seen.length >= count) break;
        }
        return seen;
      })();
      return Promise.race([read, timer]);
    }

    it('appends to a new stream and reads it back in revision order with data and metadata intact', async () => {
      const s = stream('roundtrip');
      const result = await store.append(s, [event('test.a.v1', { n: 1, 名称: '办公桌' }), event('test.b.v1', { n: 2 })], 'no_stream');
      expect(result.nextExpectedRevision).toBe(1n);
      const events = await store.readStream(s);
      expect(events.map((e) => [e.revision, e.type, e.data])).toEqual([
        [0n, 'test.a.v1', { n: 1, 名称: '办公桌' }],
        [1n, 'test.b.v1', { n: 2 }],
      ]);
      expect(events[0].metadata).toMatchObject({ actorId: 'u-contract', correlationId: 'corr-1', departmentId: 'D-TEST' });
      expect(events[0].streamId).toBe(s);
      expect(comparePositions(events[0].position, events[1].position)).toBeLessThan(0);
      expect(comparePositions(events[1].position, result.position)).toBe(0);
      expect(events[0].recordedAt).toBeInstanceOf(Date);
    });

    it('reads an unknown stream as empty', async () => {
      expect(await store.readStream(stream('never-written'))).toEqual([]);
    });

    it('reads part of a stream from a revision', async () => {
      const s = stream('partial');
      await store.append(s, [event('t.v1'), event('t.v1'), event('t.v1')], 'no_stream');
      const tail = await store.readStream(s, { fromRevision: 1n, maxCount: 1 });
      expect(tail.map((e) => e.revision)).toEqual([1n]);
    });

    it('reads several streams from their own revisions at once, in the order asked', async () => {
      const a = stream('tails-a');
      const b = stream('tails-b');
      await store.append(a, [event('t.a.v1', { n: 0 }), event('t.a.v1', { n: 1 }), event('t.a.v1', { n: 2 })], 'no_stream');
      await store.append(b, [event('t.b.v1', { n: 0 })], 'no_stream');
      const tails = await readStreamTails(store, [
        { streamId: b, fromRevision: 1n },
        { streamId: a, fromRevision: 1n },
        { streamId: stream('tails-never') },
        { streamId: b },
      ]);
      expect(tails.map((t) => t.map((e) => [e.streamId, e.revision, e.data.n]))).toEqual([
        [],
        [
          [a, 1n, 1],
          [a, 2n, 2],
        ],
        [],
        [[b, 0n, 0]],
      ]);
    });

    it('rejects a stale expected revision, reports the actual one, and writes nothing', async () => {
      const s = stream('stale');
      await store.append(s, [event('t.v1'), event('t.v1')], 'no_stream');
      const attempt = store.append(s, [event('t.v1')], 0n);
      await expect(attempt).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await expect(store.append(s, [event('t.v1')], 0n)).rejects.toMatchObject({ actual: 1n, expected: 0n });
      expect(await store.readStream(s)).toHaveLength(2);
    });

    it('enforces no_stream, stream_exists and any', async () => {
      const s = stream('modes');
      await expect(store.append(s, [event('t.v1')], 'stream_exists')).rejects.toMatchObject({ actual: 'no_stream' });
      await store.append(s, [event('t.v1')], 'no_stream');
      await expect(store.append(s, [event('t.v1')], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await store.append(s, [event('t.v1')], 'stream_exists');
      const result = await store.append(s, [event('t.v1')], 'any');
      expect(result.nextExpectedRevision).toBe(2n);
    });

    it('treats a retried append with the same event ids as already done', async () => {
      const s = stream('retry');
      const batch = [event('t.v1', { k: 1 }), event('t.v1', { k: 2 })];
      const first = await store.append(s, batch, 'no_stream');
      const again = await store.append(s, batch, 'no_stream');
      expect(again.nextExpectedRevision).toBe(first.nextExpectedRevision);
      expect(await store.readStream(s)).toHaveLength(2);
    });

    it('treats a retry at its exact expected revision as done even after the stream moved on', async () => {
      const s = stream('retry-moved');
      await store.append(s, [event('t.v1', { n: 0 })], 'no_stream');
      const second = [event('t.v1', { n: 1 }), event('t.v1', { n: 2 })];
      const first = await store.append(s, second, 0n);
      await store.append(s, [event('t.v1', { n: 3 })], 2n);
      const again = await store.append(s, second, 0n);
      expect(again.nextExpectedRevision).toBe(first.nextExpectedRevision);
      expect(comparePositions(again.position, first.position)).toBe(0);
      expect((await store.readStream(s)).map((e) => e.data.n)).toEqual([0, 1, 2, 3]);
    });

    it('treats a no_stream retry as done after the stream moved on', async () => {
      const s = stream('retry-new');
      const batch = [event('t.v1', { n: 0 }), event('t.v1', { n: 1 })];
      await store.append(s, batch, 'no_stream');
      await store.append(s, [event('t.v1', { n: 2 })], 1n);
      expect((await store.append(s, batch, 'no_stream')).nextExpectedRevision).toBe(1n);
      expect(await store.readStream(s)).toHaveLength(3);
    });

    it('refuses a retry that re-sends only part of the first attempt, and writes nothing', async () => {
      const s = stream('retry-partial');
      const [a, b] = [event('t.v1', { n: 0 }), event('t.v1', { n: 1 })];
      await store.append(s, [a, b], 'no_stream');
      // EventStoreDB answers WrongExpectedVersion, PostgreSQL IDEMPOTENCY_CONFLICT: both refuse.
      await expect(store.append(s, [a, event('t.v1', { n: 9 })], 'no_stream')).rejects.toMatchObject({
        code: expect.stringMatching(/^(WRONG_EXPECTED_VERSION|IDEMPOTENCY_CONFLICT)$/),
      });
      expect((await store.readStream(s)).map((e) => e.data.n)).toEqual([0, 1]);
    });

    it('lets exactly one of many concurrent writers at the same revision win', async () => {
      const s = stream('race');
      await store.append(s, [event('t.v1')], 'no_stream');
      const attempts = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => store.append(s, [event('t.v1', { i })], 0n)));
      const won = attempts.filter((a) => a.status === 'fulfilled');
      const lost = attempts.filter((a) => a.status === 'rejected') as PromiseRejectedResult[];
      expect(won).toHaveLength(1);
      expect(lost.every((l) => l.reason instanceof WrongExpectedVersionError)).toBe(true);
      expect(await store.readStream(s)).toHaveLength(2);
    });

    it('reads $all in global order, after an exclusive position, filtered by stream prefix', async () => {
      const prefix = stream('all-');
      await store.append(`${prefix}x`, [event('t.v1', { i: 0 })], 'no_stream');
      await store.append(`${prefix}y`, [event('t.v1', { i: 1 }), event('t.v1', { i: 2 })], 'no_stream');
      await store.append(stream('other'), [event('t.v1', { i: 99 })], 'no_stream');
      await store.append(`${prefix}x`, [event('t.v1', { i: 3 })], 0n);
      const all = await store.readAll({ streamPrefixes: [prefix] });
      expect(all.map((e) => e.data.i)).toEqual([0, 1, 2, 3]);
      for (let i = 1; i < all.length; i++) expect(comparePositions(all[i - 1].position, all[i].position)).toBeLessThan(0);
      const rest = await store.readAll({ after: all[1].position, streamPrefixes: [prefix] });
      expect(rest.map((e) => e.data.i)).toEqual([2, 3]);
      const limited = await store.readAll({ after: all[0].position, streamPrefixes: [prefix], maxCount: 1 });
      expect(limited.map((e) => e.data.i)).toEqual([1]);
      const head = await store.headPosition();
      expect(head).not.toBeNull();
      expect(comparePositions(head as GlobalPosition, all[3].position)).toBeGreaterThanOrEqual(0);
    });

    // A real server's $all also carries its own events (links of the system projections, metadata, stats).
    it('reads $all without prefixes as product events only', async () => {
      await checkReadAllHidesSystemEvents(store, `${stream('sysread')}-1`);
    });

    it('puts the head of $all on a product event, not on a server event written after it', async () => {
      await checkHeadIsAProductEvent(store, `${stream('syshead')}-1`);
    });

    it('delivers product events only to a subscriber without prefixes', async () => {
      await checkSubscriptionHidesSystemEvents(store, `${stream('syssub')}-1`);
    });

    it('catches a subscriber up from a checkpoint and then delivers live events', async () => {
      const prefix = stream('sub-');
      await store.append(`${prefix}1`, [event('t.v1', { i: 0 }), event('t.v1', { i: 1 })], 'no_stream');
      const history = await store.readAll({ streamPrefixes: [prefix] });
      const subscription = store.subscribeToAll({ after: history[0].position, streamPrefixes: [prefix] });
      const received = collect(subscription, 3);
      await new Promise((r) => setTimeout(r, 100));
      await store.append(`${prefix}2`, [event('t.v1', { i: 2 })], 'no_stream');
      await store.append(`${prefix}1`, [event('t.v1', { i: 3 })], 1n);
      const seen = await received;
      await subscription.close();
      expect(seen.map((e) => e.data.i)).toEqual([1, 2, 3]);
    });

    it('delivers every event of many parallel writers to a live subscriber exactly once, in order', async () => {
      const prefix = stream('load-');
      const writers = 16;
      const perWriter = 25;
      const subscription = store.subscribeToAll({ after: (await store.headPosition()) ?? undefined, streamPrefixes: [prefix] });
      const received = collect(subscription, writers * perWriter, 60000);
      await Promise.all(
        Array.from({ length: writers }, async (_, w) => {
          for (let i = 0; i < perWriter; i++) {
            // Half the writers share two hot streams and retry on conflict, as command handlers do.
            const s = w % 2 === 0 ? `${prefix}hot${w % 4}` : `${prefix}w${w}`;
            for (;;) {
              const current = await store.readStream(s);
              const expected = current.length === 0 ? 'no_stream' : BigInt(current.length - 1);
              try {
                await store.append(s, [event('t.v1', { w, i })], expected);
                break;
              } catch (error) {
                if (!(error instanceof WrongExpectedVersionError)) throw error;
              }
            }
          }
        }),
      );
      const seen = await received;
      await subscription.close();
      const ids = seen.map((e) => e.id);
      expect(new Set(ids).size).toBe(writers * perWriter);
      for (let i = 1; i < seen.length; i++) expect(comparePositions(seen[i - 1].position, seen[i].position)).toBeLessThan(0);
      const stored = await store.readAll({ streamPrefixes: [prefix] });
      expect(stored.map((e) => e.id)).toEqual(ids);
      for (let w = 0; w < writers; w++) {
        expect(seen.filter((e) => e.data.w === w).map((e) => e.data.i)).toEqual(Array.from({ length: perWriter }, (_, i) => i));
      }
    });

    it('concurrent appenders with a live subscriber never see a position appear behind them', async () => {
      const prefix = stream('hwm-');
      const writers = 24;
      const appendsPerWriter = 12;
      const start = (await store.headPosition()) ?? undefined;
      // Events of one append arrive together, so the subscriber counts events, not appends.
      const sizes = Array.from({ length: writers }, (_, w) => Array.from({ length: appendsPerWriter }, (_, i) => 1 + ((w + i) % 3)));
      const total = sizes.flat().reduce((a, b) => a + b, 0);
      const subscription = store.subscribeToAll({ after: start, streamPrefixes: [prefix] });
      const received = collect(subscription, total, 60000);
      // A second reader walks $all from its own checkpoint while the writers run, as a projector does.
      let reading = true;
      const walked: RecordedEvent[] = [];
      const walker = (async () => {
        let after = start;
        while (reading) {
          const batch = await store.readAll({ after, streamPrefixes: [prefix], maxCount: 50 });
          walked.push(...batch);
          if (batch.length > 0) after = batch[batch.length - 1].position;
          else await new Promise((r) => setTimeout(r, 3));
        }
      })();
      const appended = await Promise.all(
        Array.from({ length: writers }, async (_, w) => {
          const results: { ids: string[]; position: GlobalPosition }[] = [];
          for (let i = 0; i < appendsPerWriter; i++) {
            const batch = Array.from({ length: sizes[w][i] }, (_, k) => event('t.v1', { w, i, k }));
            const result = await store.append(`${prefix}w${w}`, batch, i === 0 ? 'no_stream' : 'stream_exists');
            results.push({ ids: batch.map((e) => e.id), position: result.position });
          }
          return results;
        }),
      );
      const seen = await received;
      await subscription.close();
      reading = false;
      await walker;

      expect(seen).toHaveLength(total);
      expect(new Set(seen.map((e) => e.id)).size).toBe(total);
      const appendedIds = appended.flat().flatMap((a) => a.ids);
      expect(new Set(appendedIds)).toEqual(new Set(seen.map((e) => e.id)));
      for (let i = 1; i < seen.length; i++) expect(comparePositions(seen[i - 1].position, seen[i].position)).toBeLessThan(0);
      // Each append's answer is the position its last event was delivered at.
      const delivered = new Map(seen.map((e) => [e.id, e.position]));
      for (const a of appended.flat()) expect(delivered.get(a.ids[a.ids.length - 1])).toEqual(a.position);
      // The walker never found an event below one it had already passed, and missed none.
      for (let i = 1; i < walked.length; i++) expect(comparePositions(walked[i - 1].position, walked[i].position)).toBeLessThan(0);
      const rest = await store.readAll({ after: walked.length ? walked[walked.length - 1].position : start, streamPrefixes: [prefix] });
      expect(new Set([...walked, ...rest].map((e) => e.id))).toEqual(new Set(appendedIds));
      expect(walked.length + rest.length).toBe(total);
      expect((await store.readAll({ after: start, streamPrefixes: [prefix] })).map((e) => e.id)).toEqual(seen.map((e) => e.id));
      const lastCommitted = await store.lastCommittedPosition();
      for (const a of appended.flat()) expect(comparePositions(lastCommitted!, a.position)).toBeGreaterThanOrEqual(0);
    });
  });
}
