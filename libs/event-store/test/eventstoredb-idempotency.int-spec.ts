import { randomUUID } from 'node:crypto';
import { EventStoreDbEventStore, NewEvent, WrongExpectedVersionError } from '@app/event-store';
import { EsdbEmulator } from '@test/esdb-emulator/esdb-emulator';
import { testEvent } from '@test/support/test-events';

// The server's idempotency (IndexWriter.CheckCommit, see test/esdb-emulator/emulator-log.ts) is weaker than the
// PostgreSQL backend's: these record where, so that no product rule leans on it. Emulator only: a real node's
// recent-writes cache cannot be emptied on demand.
const event = (n: number, id?: string): NewEvent => testEvent('idem.v1', { n }, id);

describe('EventStoreDB idempotency as the server decides it', () => {
  let emulator: EsdbEmulator;
  let store: EventStoreDbEventStore;
  const stream = (label: string) => `idem${randomUUID().slice(0, 8)}-${label}`;

  beforeAll(async () => {
    emulator = await new EsdbEmulator().start();
    store = new EventStoreDbEventStore(emulator.connectionString);
  });
  afterAll(async () => {
    await store.close();
    await emulator.stop();
  });

  it.each(['any', 'stream_exists'] as const)('%s: a retry is deduplicated only while the node remembers the write', async (expected) => {
    const s = stream(expected);
    await store.append(s, [event(0)], 'no_stream');
    const batch = [event(1), event(2)];
    await store.append(s, batch, expected);
    expect((await store.append(s, batch, expected)).nextExpectedRevision).toBe(2n);
    expect(await store.readStream(s)).toHaveLength(3);
    emulator.restartNode();
    // The recent-writes cache is gone: the same ids are written a second time.
    expect((await store.append(s, batch, expected)).nextExpectedRevision).toBe(4n);
    expect((await store.readStream(s)).map((e) => e.data.n)).toEqual([0, 1, 2, 1, 2]);
  });

  it('an exact expected revision is checked against the stream itself, whatever the node remembers', async () => {
    const s = stream('exact');
    const batch = [event(0), event(1)];
    await store.append(s, batch, 'no_stream');
    await store.append(s, [event(2)], 1n);
    emulator.restartNode();
    expect((await store.append(s, batch, 'no_stream')).nextExpectedRevision).toBe(1n);
    expect(await store.readStream(s)).toHaveLength(3);
  });

  it('expected equal to the current revision writes without any id check (PostgreSQL refuses: IDEMPOTENCY_CONFLICT)', async () => {
    const s = stream('equal');
    const first = event(0);
    await store.append(s, [first], 'no_stream');
    // A command decided again on the stream that already holds its event, with the same derived id.
    await store.append(s, [event(0, first.id)], 0n);
    expect((await store.readStream(s)).map((e) => e.id)).toEqual([first.id, first.id]);
  });

  it('the same ids on another stream are another write (PostgreSQL refuses: IDEMPOTENCY_CONFLICT)', async () => {
    const batch = [event(0)];
    await store.append(stream('one'), batch, 'no_stream');
    const other = stream('two');
    await store.append(other, batch, 'no_stream');
    expect(await store.readStream(other)).toHaveLength(1);
  });

  it('a partial retry at an exact revision is a wrong expected version (PostgreSQL: IDEMPOTENCY_CONFLICT)', async () => {
    const s = stream('partial');
    const [a, b] = [event(0), event(1)];
    await store.append(s, [a, b], 'no_stream');
    await expect(store.append(s, [a, event(9)], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(store.append(s, [event(8), b], 0n)).rejects.toBeInstanceOf(WrongExpectedVersionError);
  });
});
