import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_ADMIN_URL;
  if (!url) throw new Error('TEST_DATABASE_ADMIN_URL is not set: run tests through jest (its global setup starts PostgreSQL)');
  return url;
}

/** A fresh, empty database (no migrations applied). */
export async function createEmptyDatabase(prefix = 'test'): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh, migrated database for one test file. */
export async function createTestDatabase(prefix = 'test'): Promise<string> {
  const url = await createEmptyDatabase(prefix);
  await runMigrations(url, DATABASE_SCHEMA);
  return url;
}
