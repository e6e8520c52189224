import { internationalSuite } from '@app/crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresEventStore } from '@app/event-store';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { AssetRegisterProjection } from '@app/read-models/asset-register/asset-register.projection';
import { createTestDatabase } from '@test/support/test-database';
import { ProjectionRunner } from '../src/projection-runner';
import { ReadModelRebuilder } from '@app/read-models/rebuild/read-model-rebuilder';
import { allProjections } from '@app/read-models/projections';
import { assertProjectorBuilt, kill, startProjector, until, writeAssetHistory } from './projector-processes';

describe('projector killed mid-stream and restarted', () => {
  let url: string;
  let store: PostgresEventStore;
  let sql: Client;

  beforeAll(async () => {
    assertProjectorBuilt();
    url = await createTestDatabase('restart');
    store = new PostgresEventStore({ connectionString: url });
    sql = new Client({ connectionString: url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await store.close();
  });

  async function applied(): Promise<number> {
    const { rows } = await sql.query<{ n: string }>(`SELECT events_applied AS n FROM projection_checkpoints WHERE name = 'asset_register'`);
    return rows.length ? Number(rows[0].n) : 0;
  }

  /** Events applied by the slowest read model (every projection reads every event). */
  async function appliedByAll(): Promise<number> {
    const { rows } = await sql.query<{ n: string | null; k: string }>(
      'SELECT min(events_applied) AS n, count(*) AS k FROM projection_checkpoints',
    );
    return Number(rows[0].k) === allProjections(internationalSuite).length ? Number(rows[0].n) : 0;
  }

  async function totalEvents(): Promise<number> {
    return Number((await sql.query<{ n: string }>('SELECT count(*) AS n FROM event_store.events')).rows[0].n);
  }

  async function snapshot(): Promise<Record<string, unknown>[]> {
    return (await sql.query('SELECT * FROM asset_register ORDER BY asset_id')).rows;
  }

  it('ends with exactly the rows a fresh rebuild produces', async () => {
    await writeAssetHistory(store, 0, 300);
    const total = await totalEvents();
    const killedAt: number[] = [];

    // Kill points are random on purpose: any point must do.
    const firstKill = 0.1 + Math.random() * 0.3;
    const secondKill = 0.5 + Math.random() * 0.3;
    let projector = startProjector(url);
    await until(async () => (await applied()) >= total * firstKill, 'first progress');
    await kill(projector);
    killedAt.push(await applied());

    projector = startProjector(url);
    // New events arrive while it catches up, then it dies again.
    const live = writeAssetHistory(store, 300, 360);
    await until(async () => (await applied()) >= total * secondKill, 'second progress');
    await kill(projector);
    killedAt.push(await applied());
    await live;

    projector = startProjector(url);
    const finalTotal = await totalEvents();
    // Generous: a fresh process starts, waits out the killed one's lease and catches up at five events a batch.
    await until(async () => (await appliedByAll()) === finalTotal, 'catch-up', 120_000);
    await kill(projector);

    for (const at of killedAt) expect(at).toBeLessThan(finalTotal);
    expect(killedAt[1]).toBeGreaterThan(killedAt[0]);
    const afterRestarts = await snapshot();
    expect(afterRestarts).toHaveLength(360);

    // Every read model, not only the register, must equal a replay of the events from scratch.
    const rebuilder = new ReadModelRebuilder(store, url, internationalSuite);
    const shadow = await rebuilder.buildShadow();
    expect(await rebuilder.compare(shadow.schema)).toEqual([]);
    await rebuilder.drop(shadow.schema);

    await sql.query(`TRUNCATE asset_register; DELETE FROM projection_checkpoints WHERE name = 'asset_register'`);
    const dataSource = new DataSource(dataSourceOptions(url, DATABASE_SCHEMA));
    await dataSource.initialize();
    const rebuild = new ProjectionRunner(store, dataSource, new AssetRegisterProjection());
    rebuild.start();
    await until(async () => (await applied()) === finalTotal, 'rebuild');
    await rebuild.stop();
    await dataSource.destroy();

    expect(await snapshot()).toEqual(afterRestarts);
    const sample = afterRestarts.find((r) => r.asset_no === 'R-6');
    expect(sample).toMatchObject({ original_value_fen: '6001', location: '新楼6', revision: '2' });
  }, 300_000);
});
