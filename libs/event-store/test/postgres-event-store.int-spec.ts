import { PostgresEventStore } from '@app/event-store';
import { createTestDatabase } from '@test/support/test-database';
import { eventStoreContract } from './event-store.contract';

eventStoreContract(
  'PostgreSQL',
  async () => new PostgresEventStore({ connectionString: await createTestDatabase('es') }),
  (store) => store.close(),
);
