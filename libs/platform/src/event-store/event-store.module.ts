import { Global, Inject, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { EVENT_STORE, EventStore, EventStoreDbEventStore, PostgresEventStore, isPermanentSubscriptionError } from '@app/event-store';
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
export class EventStoreModule implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /**
   * Both processes read $all (the projector follows it; the API finds the head there), which EventStoreDB lets only
   * $admins do unless an ACL says otherwise: a user without it stops the start in one line. A store that is down
   * for now does not: readiness reports it and the calls are retried.
   */
  async onModuleInit(): Promise<void> {
    if (this.store.backend !== 'eventstoredb') return;
    try {
      await this.store.headPosition();
    } catch (error: unknown) {
      if (isPermanentSubscriptionError(error))
        throw new Error(
          `the EventStoreDB user in EVENTSTORE_CONNECTION_STRING cannot read $all (${(error as Error).message.split('\n')[0]}): make it a member of $admins or grant it read on $all`,
        );
      new Logger('event-store').warn(`EventStoreDB not reachable at start-up (${(error as Error).message.split('\n')[0]}); going on`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
