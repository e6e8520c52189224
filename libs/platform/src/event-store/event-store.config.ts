import { IsOptional, Validate } from 'class-validator';
import { moduleConfig } from '../config/module-config';
import { EsdbConnectionString } from './esdb-connection-string';

export class EventStoreConfig {
  /** Unset: events live in PostgreSQL (DATABASE_URL). Set: EventStoreDB at this address (esdb:// or esdb+discover://). */
  @IsOptional()
  @Validate(EsdbConnectionString)
  EVENTSTORE_CONNECTION_STRING?: string;
}

export const eventStoreConfig = moduleConfig('eventStore', EventStoreConfig);
