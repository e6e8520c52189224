import { randomUUID } from 'node:crypto';
import {
  DeadlineExceededError,
  EventStoreDBClient,
  MaxAppendSizeExceededError,
  NotLeaderError,
  StreamDeletedError,
  TimeoutError,
  UnavailableError,
  UnknownError,
} from '@eventstore/db-client';
import { EventStoreDbEventStore, NewEvent, SubscriptionRefusedError, isTransientStoreError } from '@app/event-store';
import { EsdbEmulator } from '@test/esdb-emulator/esdb-emulator';
import { testEvent } from '@test/support/test-events';

// How the backend behaves when the server refuses or fails: faults a real server shows but cannot be made to show
// on demand, so these run on the emulator only. They record today's behaviour (errors surface typed, as the client
// raises them); what the product does with each is decided above the backend.
const event = (i: number, payload = ''): NewEvent => testEvent('fault.v1', { i, payload });

describe.each([
  ['BatchAppend', true],
  ['Append', false],
])('EventStoreDB backend on a failing server (%s path)', (_path, batchAppend) => {
  let emulator: EsdbEmulator;
  let store: EventStoreDbEventStore;
  const stream = (label: string) => `fault${randomUUID().slice(0, 8)}-${label}`;

  beforeAll(async () => {
    emulator = await new EsdbEmulator({ batchAppend, writeTimeoutMs: 200 }).start();
    store = new EventStoreDbEventStore(emulator.connectionString);
  });
  afterEach(() => emulator.clearFaults());
  afterAll(async () => {
    await store.close();
    await emulator.stop();
  });

  it('appends through the RPC the server advertises', async () => {
    const before = { ...emulator.appends };
    await store.append(stream('path'), [event(0)], 'no_stream');
    if (batchAppend) expect(emulator.appends).toEqual({ ...before, batchAppend: before.batchAppend + 1 });
    else expect(emulator.appends).toEqual({ ...before, append: before.append + 1 });
  });

  it('NotLeader fails the pending appends with NotLeaderError, writes nothing, and the next append works', async () => {
    const streams = [1, 2, 3, 4].map((i) => stream(`leader${i}`));
    emulator.injectFault('not_leader');
    const attempts = await Promise.allSettled(streams.map((s, i) => store.append(s, [event(i)], 'no_stream')));
    const reasons = attempts.map((a) => (a.status === 'rejected' ? a.reason : null));
    if (batchAppend) {
      // One answer ends the shared BatchAppend call: every append pending on it fails, not just the one hit.
      expect(reasons.every((r) => r instanceof NotLeaderError)).toBe(true);
    } else {
      expect(reasons.filter((r) => r instanceof NotLeaderError)).toHaveLength(1);
    }
    const written = await Promise.all(streams.map((s) => store.readStream(s)));
    expect(written.filter((w) => w.length > 0)).toHaveLength(attempts.filter((a) => a.status === 'fulfilled').length);
    const after = await store.append(stream('leader-after'), [event(9)], 'no_stream');
    expect(after.nextExpectedRevision).toBe(0n);
  });

  it('a write still pending at the server write timeout fails as a timeout and is not written', async () => {
    const s = stream('deadline');
    emulator.injectFault('deadline');
    const attempt = store.append(s, [event(0)], 'no_stream');
    // BatchAppend answers Status.Timeout (DeadlineExceededError); Append throws RpcExceptions.Timeout (ABORTED).
    await expect(attempt).rejects.toBeInstanceOf(batchAppend ? DeadlineExceededError : TimeoutError);
    expect(await store.readStream(s)).toEqual([]);
    await store.append(s, [event(1)], 'no_stream');
  });

  it('a node that is not ready answers the append with an error the client does not recognise as unavailable', async () => {
    emulator.injectFault('unavailable');
    const attempt = store.append(stream('not-ready'), [event(0)], 'no_stream');
    // BatchAppend: a status with code 0 and an Empty detail, which client 6.2.1 turns into UnknownError.
    if (batchAppend) {
      await expect(attempt).rejects.toBeInstanceOf(UnknownError);
      await expect(attempt).rejects.toThrow(/Server Is Not Ready/);
    } else {
      await expect(attempt).rejects.toBeInstanceOf(UnavailableError);
    }
    // Either way the product takes it for a passing failure (tried again, then 503).
    expect(isTransientStoreError(await attempt.catch((error: unknown) => error))).toBe(true);
  });

  it('a read on a node that is not the leader fails with NotLeaderError', async () => {
    emulator.injectFault('not_leader', 'read');
    await expect(store.readStream(stream('read'))).rejects.toBeInstanceOf(NotLeaderError);
  });

  // The server answers InvalidArgument without an `exception` trailer: client 6.2.1 raises UnknownError, not
  // InvalidArgumentError; the backend knows it by the server's words and gives up at once.
  it('a checkpoint that is no position of this log: readAll fails, a subscription ends refused after one attempt', async () => {
    const s = stream('position');
    const { position } = await store.append(s, [event(0)], 'no_stream');
    const foreign = { commit: position.commit + 1n, prepare: position.prepare + 1n };
    await expect(store.readAll({ after: foreign })).rejects.toThrow(/invalid position/);
    await expect(store.readAll({ after: foreign })).rejects.toBeInstanceOf(UnknownError);
    const before = emulator.invalidPositionReads;
    const subscription = store.subscribeToAll({ after: foreign, streamPrefixes: [s] });
    const seen: unknown[] = [];
    const reading = (async () => {
      for await (const e of subscription) seen.push(e);
    })();
    await expect(reading).rejects.toThrow(SubscriptionRefusedError);
    await expect(reading).rejects.toThrow(/invalid position/);
    expect(seen).toEqual([]);
    expect(emulator.invalidPositionReads - before).toBe(1);
  });

  it('refuses an append over the maximum append size (1 MiB by default) and writes nothing', async () => {
    const s = stream('big');
    const big = 'x'.repeat(400 * 1024);
    await expect(store.append(s, [event(0, big), event(1, big), event(2, big)], 'no_stream')).rejects.toBeInstanceOf(
      MaxAppendSizeExceededError,
    );
    expect(await store.readStream(s)).toEqual([]);
    await store.append(s, [event(0, big), event(1, big)], 'no_stream');
    expect(await store.readStream(s)).toHaveLength(2);
  });

  it('a deleted stream: soft-deleted reads as empty; tombstoned fails reads and appends with StreamDeletedError', async () => {
    const client = EventStoreDBClient.connectionString(emulator.connectionString);
    try {
      const soft = stream('soft');
      await store.append(soft, [event(0), event(1)], 'no_stream');
      await client.deleteStream(soft);
      expect(await store.readStream(soft)).toEqual([]);
      // Writing to it again recreates it after the deleted events (the server's soft undelete).
      const again = await store.append(soft, [event(2)], 'any');
      expect(again.nextExpectedRevision).toBe(2n);
      expect((await store.readStream(soft)).map((e) => e.revision)).toEqual([2n]);

      const hard = stream('hard');
      await store.append(hard, [event(0)], 'no_stream');
      await client.tombstoneStream(hard);
      await expect(store.readStream(hard)).rejects.toBeInstanceOf(StreamDeletedError);
      await expect(store.append(hard, [event(1)], 'any')).rejects.toBeInstanceOf(StreamDeletedError);
    } finally {
      await client.dispose();
    }
  });

  it('a truncated stream ($tb) reads from its truncation point on', async () => {
    const client = EventStoreDBClient.connectionString(emulator.connectionString);
    try {
      const s = stream('truncated');
      await store.append(s, [event(0), event(1), event(2)], 'no_stream');
      await client.setStreamMetadata(s, { truncateBefore: 2 });
      expect((await store.readStream(s)).map((e) => e.revision)).toEqual([2n]);
      // $all still holds the truncated events until a scavenge removes them.
      expect((await store.readAll({ streamPrefixes: [s] })).map((e) => e.revision)).toEqual([0n, 1n, 2n]);
    } finally {
      await client.dispose();
    }
  });
});
