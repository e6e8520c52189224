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

/** Applies pending migrations; safe to call from several processes (TypeORM locks the migrations table). */
export async function runMigrations(url: string, schema: SchemaDefinition): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(url, schema), migrationsTransactionMode: 'each' });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations();
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
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
