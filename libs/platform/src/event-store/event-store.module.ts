import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, EventStore, EventStoreDbEventStore, PostgresEventStore } from '@app/event-store';
import { validateConfig } from '../config/validate-config';
import { DatabaseConfig } from '../database/database.config';
import { EventStoreConfig } from './event-store.config';

export function openEventStore(env: NodeJS.ProcessEnv = process.env): EventStore {
  const { EVENTSTORE_CONNECTION_STRING } = validateConfig(EventStoreConfig, env);
  if (EVENTSTORE_CONNECTION_STRING) return new EventStoreDbEventStore(EVENTSTORE_CONNECTION_STRING);
  return new PostgresEventStore({ connectionString: validateConfig(DatabaseConfig, env).DATABASE_URL });
}

@Global()
@Module({
  providers: [{ provide: EVENT_STORE, useFactory: () => openEventStore() }],
  exports: [EVENT_STORE],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
