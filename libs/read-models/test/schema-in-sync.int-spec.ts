import { pendingSchemaChanges } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { createTestDatabase } from '@test/support/test-database';

describe('migrations and entities', () => {
  it('agree: generating a migration after all migrations yields no SQL', async () => {
    const url = await createTestDatabase('schema');
    expect(await pendingSchemaChanges(url, DATABASE_SCHEMA)).toEqual([]);
  });
});
