import { Client } from 'pg';
import { DataSource, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

export interface SchemaDefinition {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly migrations: MixedList<Function | string>;
}

export function dataSourceOptions(url: string, schema: SchemaDefinition): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url,
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'schema_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    // Schema changes go through migrations only; CI checks that the entities need no new migration.
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
  };
}

/** Advisory lock key held while migrating (any constant shared by every instance of this system). */
export const MIGRATION_LOCK_KEY = 7_240_311_009;

/**
 * Applies pending migrations; safe to call from several processes at once. TypeORM 0.3 takes no
 * lock of its own, so two instances starting together would both see a migration as pending and
 * the second would fail on `CREATE TABLE`. A session advisory lock on its own connection makes the
 * others wait until the first is done; they then find nothing left to apply.
 */
export async function runMigrations(url: string, schema: SchemaDefinition): Promise<string[]> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const dataSource = new DataSource({ ...dataSourceOptions(url, schema), migrationsTransactionMode: 'each' });
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations();
      return applied.map((m) => m.name);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    // Ending the session releases the lock even if the unlock itself fails.
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.end();
  }
}

/** SQL that TypeORM would still need to make the database match the entities (empty when in sync). */
export async function pendingSchemaChanges(url: string, schema: SchemaDefinition): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url, schema));
  await dataSource.initialize();
  try {
    const log = await dataSource.driver.createSchemaBuilder().log();
    return log.upQueries.map((q) => q.query);
  } finally {
    await dataSource.destroy();
  }
}
