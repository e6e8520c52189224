import { Client } from 'pg';
import { runMigrations } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { createEmptyDatabase } from '@test/support/test-database';

describe('migrations when several instances start at once', () => {
  it('given a fresh database, when four instances migrate concurrently, then all succeed and each migration is applied once', async () => {
    const url = await createEmptyDatabase('migrate');
    const results = await Promise.allSettled([1, 2, 3, 4].map(() => runMigrations(url, DATABASE_SCHEMA)));

    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const applied = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
    const known = (DATABASE_SCHEMA.migrations as { name: string }[]).map((m) => m.name);
    expect(known.length).toBeGreaterThan(1);
    expect([...applied].sort()).toEqual([...known].sort());

    const sql = new Client({ connectionString: url });
    await sql.connect();
    try {
      const { rows } = await sql.query<{ name: string; n: string }>('SELECT name, count(*) AS n FROM schema_migrations GROUP BY name');
      expect(rows.map((r) => r.name).sort()).toEqual([...known].sort());
      expect(rows.every((r) => r.n === '1')).toBe(true);
    } finally {
      await sql.end();
    }
    // A later start finds nothing left to do.
    await expect(runMigrations(url, DATABASE_SCHEMA)).resolves.toEqual([]);
  });
});
