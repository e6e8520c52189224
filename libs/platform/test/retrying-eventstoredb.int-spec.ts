import { randomUUID } from 'node:crypto';
import { EventStoreDbEventStore, EventStoreUnavailableError, NewEvent, WrongExpectedVersionError } from '@app/event-store';
import { retryingEventStore } from '@app/platform/event-store/retrying-event-store';
import { EsdbEmulator } from '@test/esdb-emulator/esdb-emulator';
import { testEvent } from '@test/support/test-events';

const event = (): NewEvent => testEvent('retry.v1');

// What the product does with the server's failures (the backend spec records what the client raises for each).
describe.each([
  ['BatchAppend', true],
  ['Append', false],
])('appends through the retrying store on a failing EventStoreDB node (%s path)', (_path, batchAppend) => {
  let emulator: EsdbEmulator;
  let backend: EventStoreDbEventStore;
  const store = () => retryingEventStore(backend, { attempts: 3, firstDelayMs: 20 });
  const stream = () => `retry${randomUUID().slice(0, 8)}-s`;

  beforeAll(async () => {
    emulator = await new EsdbEmulator({ batchAppend, writeTimeoutMs: 200 }).start();
    backend = new EventStoreDbEventStore(emulator.connectionString);
  });
  afterEach(() => emulator.clearFaults());
  afterAll(async () => {
    await backend.close();
    await emulator.stop();
  });

  it.each(['not_leader', 'unavailable', 'deadline'] as const)('lands the append after one %s answer, once', async (fault) => {
    const s = stream();
    emulator.injectFault(fault, 'append', 1);
    await store().append(s, [event()], 'no_stream');
    expect(await backend.readStream(s)).toHaveLength(1);
  });

  it('gives up as unavailable when the node keeps failing, and nothing is written', async () => {
    const s = stream();
    emulator.injectFault('not_leader', 'append', 10);
    await expect(store().append(s, [event()], 'no_stream')).rejects.toBeInstanceOf(EventStoreUnavailableError);
    emulator.clearFaults();
    expect(await backend.readStream(s)).toEqual([]);
  });

  it('does not try a wrong expected version again', async () => {
    const s = stream();
    await backend.append(s, [event()], 'no_stream');
    const before = { ...emulator.appends };
    await expect(store().append(s, [event()], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedVersionError);
    const sent = Object.values(emulator.appends).reduce((a, b) => a + b, 0) - Object.values(before).reduce((a, b) => a + b, 0);
    expect(sent).toBe(1);
  });
});
