import { randomUUID } from 'node:crypto';
import { EventStoreDbEventStore } from '@app/event-store';
import { EsdbEmulator } from '@test/esdb-emulator/esdb-emulator';
import { checkHeadIsAProductEvent, checkReadAllHidesSystemEvents, checkSubscriptionHidesSystemEvents } from './system-events.checks';

// The backend with its system-event filter removed (client-side check and server-side filter): the contract's
// system-event checks must catch it, or they guard nothing.
jest.mock('@app/event-store/eventstoredb/system-events', () => ({
  isSystemEvent: () => false,
  productEventsFilter: () => undefined,
}));

describe('system-event checks against an EventStoreDB backend without its filter', () => {
  let emulator: EsdbEmulator;
  let store: EventStoreDbEventStore;
  const stream = (label: string) => `mutation${randomUUID().slice(0, 8)}-${label}`;

  beforeAll(async () => {
    emulator = await new EsdbEmulator().start();
    store = new EventStoreDbEventStore(emulator.connectionString);
  });
  afterAll(async () => {
    await store.close();
    await emulator.stop();
  });

  it('readAll check fails', async () => {
    await expect(checkReadAllHidesSystemEvents(store, stream('read'))).rejects.toThrow(
      /readAll showed the server's event \$> in \$ce-mutation/,
    );
  });

  it('headPosition check fails', async () => {
    await expect(checkHeadIsAProductEvent(store, stream('head'))).rejects.toThrow(/is no product event/);
  });

  it('subscribeToAll check fails', async () => {
    await expect(checkSubscriptionHidesSystemEvents(store, stream('sub'))).rejects.toThrow(/subscribeToAll showed the server's event/);
  });
});
