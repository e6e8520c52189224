import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';

/**
 * One throw-away PostgreSQL cluster per test run; each test file makes its own database in it.
 * An external server can be used instead with TEST_DATABASE_ADMIN_URL.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_ADMIN_URL) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'cloud-warehouse-test-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir, database: 'postgres', durable: false });
  process.env.TEST_DATABASE_ADMIN_URL = pg.url;
  // As root the server's data goes to a folder of its own when this one is private (see chooseDataDir): both are removed.
  (globalThis as { __TEST_PG__?: { stop(): Promise<void> }; __TEST_PG_DIR__?: string }).__TEST_PG__ = pg;
  (globalThis as { __TEST_PG_DIR__?: string }).__TEST_PG_DIR__ = dataDir;
  // A run ended from outside (CI cancel) takes its server down with it rather than leaving it behind.
  process.once('SIGTERM', () => void pg.stop().finally(() => process.exit(143)));
}
