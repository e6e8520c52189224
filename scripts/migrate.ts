import { startupErrorLine } from '@app/platform/config/startup-error';
import { validateConfig } from '@app/platform/config/validate-config';
import { DatabaseConfig } from '@app/platform/database/database.config';
import { runMigrations } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';

// Applies pending migrations to DATABASE_URL (deployments run this before the services start).
runMigrations(validateConfig(DatabaseConfig).DATABASE_URL, DATABASE_SCHEMA)
  .then((applied) => console.log(applied.length ? `applied: ${applied.join(', ')}` : 'schema up to date'))
  .catch((error: unknown) => {
    console.error(`migrate: ${startupErrorLine(error)}`);
    process.exit(1);
  });
