import { EventStore, EventStoreDbEventStore, PostgresEventStore } from '@app/event-store';
import { EsdbEmulator } from '@test/esdb-emulator/esdb-emulator';
import { createTestDatabase } from './test-database';

/** An event store to test against, and how to stop what it runs on. */
export interface OpenedStore {
  readonly store: EventStore;
  readonly stop: () => Promise<void>;
}

/**
 * Both event-store backends for `describe.each`: PostgreSQL (a fresh migrated database named from `prefix`)
 * and EventStoreDB (the in-repo gRPC emulator).
 */
export const bothBackends = (prefix: string): [string, () => Promise<OpenedStore>][] => [
  [
    'PostgreSQL',
    async () => ({ store: new PostgresEventStore({ connectionString: await createTestDatabase(prefix) }), stop: async () => {} }),
  ],
  [
    'EventStoreDB (in-repo gRPC emulator)',
    async () => {
      const emulator = await new EsdbEmulator().start();
      return { store: new EventStoreDbEventStore(emulator.connectionString), stop: () => emulator.stop() };
    },
  ],
];
