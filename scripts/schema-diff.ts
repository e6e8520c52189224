import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { pendingSchemaChanges, runMigrations } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';

// Prints the SQL a new migration would need (nothing when entities and migrations agree).
async function main(): Promise<void> {
  const pg = await startEmbeddedPostgres({ dataDir: mkdtempSync(join(tmpdir(), 'schema-diff-')), database: 'diff', durable: false });
  try {
    await runMigrations(pg.url, DATABASE_SCHEMA);
    const sql = await pendingSchemaChanges(pg.url, DATABASE_SCHEMA);
    for (const statement of sql) console.log(`${statement};`);
    process.exitCode = sql.length === 0 ? 0 : 1;
    console.error(
      sql.length === 0 ? 'schema-diff: entities and migrations agree' : `schema-diff: ${sql.length} statement(s) missing from migrations`,
    );
  } finally {
    await pg.stop();
  }
}
void main();
