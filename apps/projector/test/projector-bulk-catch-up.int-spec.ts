import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { internationalSuite } from '@app/crypto';
import { PostgresEventStore } from '@app/event-store';
import { allProjections } from '@app/read-models/projections';
import { ReadModelRebuilder } from '@app/read-models/rebuild/read-model-rebuilder';
import { createTestDatabase } from '@test/support/test-database';
import { BulkCatchUp, DEFAULT_BULK_CATCH_UP } from '../src/bulk-catch-up';
import { assertProjectorBuilt, kill, startLoggedProjector, until, writeAssetHistory } from './projector-processes';

const READ_MODELS = allProjections(internationalSuite).length;
const BUILT = 'tables swapped in';

/** A database with `assets` assets' history written and no read model fed yet. */
async function cityOf(assets: number): Promise<{ url: string; store: PostgresEventStore; sql: Client }> {
  const url = await createTestDatabase('bulk');
  const store = new PostgresEventStore({ connectionString: url });
  const sql = new Client({ connectionString: url });
  await sql.connect();
  await writeAssetHistory(store, 0, assets);
  return { url, store, sql };
}

const count = async (sql: Client, query: string) => Number((await sql.query<{ n: string }>(query)).rows[0].n);
const totalEvents = (sql: Client) => count(sql, 'SELECT count(*) AS n FROM event_store.events');
const shadowSchemas = (sql: Client) => count(sql, `SELECT count(*) AS n FROM pg_namespace WHERE nspname LIKE 'rebuild\\_%'`);

/** Every read model has applied exactly `total` events. */
async function allAt(sql: Client, total: number): Promise<boolean> {
  const { rows } = await sql.query<{ n: string | null; k: string }>(
    'SELECT min(events_applied) AS n, count(*) AS k FROM projection_checkpoints',
  );
  return Number(rows[0].k) === READ_MODELS && Number(rows[0].n) === total;
}

async function equalsRebuild(store: PostgresEventStore, url: string): Promise<void> {
  const rebuilder = new ReadModelRebuilder(store, url, internationalSuite);
  const shadow = await rebuilder.buildShadow();
  expect(await rebuilder.compare(shadow.schema)).toEqual([]);
  await rebuilder.drop(shadow.schema);
}

describe('empty read models on a long history are built in bulk at start', () => {
  beforeAll(() => assertProjectorBuilt());

  it('builds them as a rebuild does, then follows events written during and after the build, each once', async () => {
    const { url, store, sql } = await cityOf(150);
    const projector = startLoggedProjector(url, { PROJECTOR_BULK_FROM_EVENTS: '100' });
    try {
      // Written while the build runs or just after: the runners take them from the build's checkpoint.
      await writeAssetHistory(store, 150, 190);
      await until(async () => projector.log().includes(BUILT), 'the bulk build', 120_000);
      await writeAssetHistory(store, 190, 200);
      const total = await totalEvents(sql);
      await until(() => allAt(sql, total), 'the runners to follow', 120_000);
      expect(projector.log().split(BUILT)).toHaveLength(2);
      expect(await count(sql, 'SELECT count(*) AS n FROM asset_register')).toBe(200);
      expect(await shadowSchemas(sql)).toBe(0);
      await equalsRebuild(store, url);
    } finally {
      await kill(projector.child);
      await sql.end();
      await store.close();
    }
  });

  it('two instances started together: one builds, the other waits and then follows', async () => {
    const { url, store, sql } = await cityOf(120);
    const projectors = [0, 1].map(() => startLoggedProjector(url, { PROJECTOR_BULK_FROM_EVENTS: '100' }));
    try {
      const total = await totalEvents(sql);
      await until(() => allAt(sql, total), 'the read models', 120_000);
      // The build says so once its swap has committed, a moment after the checkpoints show.
      await until(async () => projectors.some((p) => p.log().includes(BUILT)), 'the build to report', 10_000);
      const builds = projectors.map((p) => p.log().split(BUILT).length - 1);
      expect(builds.sort()).toEqual([0, 1]);
      await equalsRebuild(store, url);
    } finally {
      await Promise.all(projectors.map((p) => kill(p.child)));
      await sql.end();
      await store.close();
    }
  });

  it('two projectors at once: the second waits for the first build and then finds checkpoints', async () => {
    const { url, store, sql } = await cityOf(30);
    const folder = mkdtempSync(join(tmpdir(), 'bulk-'));
    // A slow build that leaves a checkpoint, as a swap does, and notes that it ran.
    const slow = join(folder, 'slow-build.js');
    writeFileSync(
      slow,
      `const { Client } = require(${JSON.stringify(require.resolve('pg'))});
       require('node:fs').appendFileSync(${JSON.stringify(join(folder, 'runs'))}, 'run\\n');
       const c = new Client({ connectionString: process.env.DATABASE_URL });
       setTimeout(() => c.connect()
         .then(() => c.query("INSERT INTO projection_checkpoints (name, commit_position, prepare_position, events_applied, updated_at) VALUES ('asset_register', 0, 0, 1, now())"))
         .then(() => process.exit(0)), 1500);`,
    );
    try {
      const options = { ...DEFAULT_BULK_CATCH_UP, fromEvents: 10 };
      const outcomes = await Promise.all([0, 1].map(() => new BulkCatchUp(store, url, options, slow).run()));
      expect(outcomes.sort()).toEqual(['built', 'not-needed']);
      expect(readFileSync(join(folder, 'runs'), 'utf8')).toBe('run\n');
    } finally {
      await sql.end();
      await store.close();
    }
  });

  it('replays event by event below the threshold, and leaves nothing behind when a build fails', async () => {
    const { url, store, sql } = await cityOf(40);
    const folder = mkdtempSync(join(tmpdir(), 'bulk-'));
    // A build that creates its schema, then dies before the swap.
    const failing = join(folder, 'failing-build.js');
    writeFileSync(
      failing,
      `const { Client } = require(${JSON.stringify(require.resolve('pg'))});
       const c = new Client({ connectionString: process.env.DATABASE_URL });
       c.connect().then(() => c.query('CREATE SCHEMA ' + process.env.BULK_SCHEMA)).then(() => process.exit(3));`,
    );
    try {
      const events = await totalEvents(sql);
      const options = { ...DEFAULT_BULK_CATCH_UP, fromEvents: events + 1 };
      expect(await new BulkCatchUp(store, url, options, failing).run()).toBe('not-needed');
      expect(await new BulkCatchUp(store, url, { ...options, fromEvents: 0 }, failing).run()).toBe('not-needed');
      expect(await new BulkCatchUp(store, url, { ...options, fromEvents: events }, failing).run()).toBe('failed');
      expect(await shadowSchemas(sql)).toBe(0);
      expect(await count(sql, 'SELECT count(*) AS n FROM projection_checkpoints')).toBe(0);

      // The projector's own start below the threshold: no build, the runners replay from the first event.
      const projector = startLoggedProjector(url, { PROJECTOR_BULK_FROM_EVENTS: String(events + 1) });
      try {
        await until(() => allAt(sql, events), 'the runners', 120_000);
        expect(projector.log()).not.toContain(BUILT);
      } finally {
        await kill(projector.child);
      }
      // Checkpoints exist now: never built in bulk again, however long the history.
      expect(await new BulkCatchUp(store, url, { ...options, fromEvents: 1 }, failing).run()).toBe('not-needed');
    } finally {
      await sql.end();
      await store.close();
    }
  });
});
