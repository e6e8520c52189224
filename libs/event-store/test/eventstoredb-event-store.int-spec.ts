import { EventStoreDbEventStore } from '@app/event-store';
import { EsdbEmulator } from '@test/esdb-emulator/esdb-emulator';
import { eventStoreContract } from './event-store.contract';

// With EVENTSTORE_CONNECTION_STRING set, the same suite runs against that real server instead.
const realServer = process.env.EVENTSTORE_CONNECTION_STRING;
let emulator: EsdbEmulator | null = null;

eventStoreContract(
  realServer ? `EventStoreDB server at ${realServer}` : 'EventStoreDB (in-repo gRPC emulator)',
  async () => {
    if (realServer) return new EventStoreDbEventStore(realServer);
    emulator = await new EsdbEmulator().start();
    return new EventStoreDbEventStore(emulator.connectionString);
  },
  async (store) => {
    await store.close();
    await emulator?.stop();
  },
);
