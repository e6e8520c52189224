import { randomUUID } from 'node:crypto';
import { EventStoreDbEventStore, NewEvent, RecordedEvent } from '@app/event-store';
import { EsdbEmulator } from '@test/esdb-emulator/esdb-emulator';

// Needs a server we can break on purpose, so this one runs on the emulator only.
describe('EventStoreDB subscription after the server drops it', () => {
  let emulator: EsdbEmulator;
  let store: EventStoreDbEventStore;

  beforeAll(async () => {
    emulator = await new EsdbEmulator().start();
    store = new EventStoreDbEventStore(emulator.connectionString);
  });
  afterAll(async () => {
    await store.close();
    await emulator.stop();
  });

  const event = (i: number): NewEvent => ({
    id: randomUUID(),
    type: 't.v1',
    data: { i },
    metadata: {
      actorId: 'a',
      actorRole: 'r',
      departmentId: null,
      correlationId: 'c',
      causationId: 'c',
      occurredAt: new Date().toISOString(),
    },
  });

  it('resubscribes from the last delivered position and delivers each event once', async () => {
    await store.append('drop-1', [event(0), event(1)], 'no_stream');
    const subscription = store.subscribeToAll({ streamPrefixes: ['drop-'] });
    const seen: RecordedEvent[] = [];
    const done = (async () => {
      for await (const e of subscription) {
        seen.push(e);
        if (seen.length === 2) {
          emulator.dropSubscriptions();
          await store.append('drop-1', [event(2)], 1n);
          await store.append('drop-2', [event(3)], 'no_stream');
        }
        if (seen.length === 4) break;
      }
    })();
    await done;
    await subscription.close();
    expect(seen.map((e) => e.data.i)).toEqual([0, 1, 2, 3]);
  });
});
