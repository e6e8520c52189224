import { IsOptional, Matches } from 'class-validator';
import { moduleConfig } from '../config/module-config';

export class EventStoreConfig {
  /** Unset: events live in PostgreSQL (DATABASE_URL). Set: EventStoreDB at this address. */
  @IsOptional()
  @Matches(/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover):\/\/.+/, {
    message: 'EVENTSTORE_CONNECTION_STRING must look like esdb://host:2113?tls=false',
  })
  EVENTSTORE_CONNECTION_STRING?: string;
}

export const eventStoreConfig = moduleConfig('eventStore', EventStoreConfig);
