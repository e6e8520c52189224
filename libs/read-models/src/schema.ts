import { EventStoreSchema1732300000000 } from '@app/event-store';
import type { SchemaDefinition } from '@app/platform/database/migrate';

/** Every table the system owns: the PostgreSQL event store and the read models, in migration order. */
export const DATABASE_SCHEMA: SchemaDefinition = {
  entities: [],
  migrations: [EventStoreSchema1732300000000],
};
