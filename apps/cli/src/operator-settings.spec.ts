import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runningDatabaseFile, writeRunningDatabase } from '@app/platform/database/running-database';
import { tempFolders } from '@test/support/temp-folders';
import { operatorEnvironment } from './operator-settings';

describe('operator settings', () => {
  const folders = tempFolders();
  const dataDir = () => folders.make('operator-');
  afterAll(() => folders.removeAll());

  it('finds the database npm start is running from DATA_DIR, and its audit key', () => {
    const dir = dataDir();
    writeRunningDatabase(dir, 'postgres://u:p@localhost:5999/warehouse');
    writeFileSync(join(dir, 'audit-signing-key.pem'), 'key');
    const env = operatorEnvironment({ DATA_DIR: dir });
    expect(env.DATABASE_URL).toBe('postgres://u:p@localhost:5999/warehouse');
    expect(env.AUDIT_SIGNING_KEY_FILE).toBe(join(dir, 'audit-signing-key.pem'));
  });

  it('prefers settings given explicitly', () => {
    const dir = dataDir();
    writeRunningDatabase(dir, 'postgres://u:p@localhost:5999/warehouse');
    const env = operatorEnvironment({ DATA_DIR: dir, DATABASE_URL: 'postgres://elsewhere/db', AUDIT_SIGNING_KEY: 'pem' });
    expect(env.DATABASE_URL).toBe('postgres://elsewhere/db');
    expect(env.AUDIT_SIGNING_KEY_FILE).toBeUndefined();
  });

  it('ignores a file left behind by a launcher that is no longer running, and says what to do', () => {
    const dir = dataDir();
    writeFileSync(
      runningDatabaseFile(dir),
      JSON.stringify({ databaseUrl: 'postgres://u:p@localhost:5999/warehouse', pid: 2 ** 22 + 7, startedAt: '2026-01-01T00:00:00Z' }),
    );
    expect(() => operatorEnvironment({ DATA_DIR: dir })).toThrow(/set DATABASE_URL, or start the system with npm start/);
  });
});
