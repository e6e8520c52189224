import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { EVENT_STORE, EventStore, EventStoreDbEventStore, PostgresEventStore } from '@app/event-store';
import { validateConfig } from '../config/validate-config';
import { ModuleConfig } from '../config/module-config';
import { DatabaseConfig, databaseConfig } from '../database/database.config';
import { EventStoreConfig, eventStoreConfig } from './event-store.config';
import { instrumentedEventStore } from '../observability/instrumented-event-store';
import { retryingEventStore } from './retrying-event-store';

/** The event store the settings name: EventStoreDB when its connection string is set, otherwise PostgreSQL. */
export function eventStoreFor(store: Partial<EventStoreConfig>, database: () => DatabaseConfig): EventStore {
  if (store.EVENTSTORE_CONNECTION_STRING) return new EventStoreDbEventStore(store.EVENTSTORE_CONNECTION_STRING);
  return new PostgresEventStore({ connectionString: database().DATABASE_URL });
}

/** For tools outside Nest (the CLI): the same choice, from the environment. */
export function openEventStore(env: NodeJS.ProcessEnv = process.env): EventStore {
  return eventStoreFor(validateConfig(EventStoreConfig, env), () => validateConfig(DatabaseConfig, env));
}

@Global()
@Module({
  imports: [ConfigModule.forFeature(eventStoreConfig), ConfigModule.forFeature(databaseConfig)],
  providers: [
    {
      provide: EVENT_STORE,
      inject: [eventStoreConfig.KEY, databaseConfig.KEY],
      useFactory: (store: ModuleConfig<typeof eventStoreConfig>, database: ModuleConfig<typeof databaseConfig>) =>
        // Metrics see every attempt; callers see a passing failure retried, then a 503.
        retryingEventStore(instrumentedEventStore(eventStoreFor(store, () => database))),
    },
  ],
  exports: [EVENT_STORE],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
