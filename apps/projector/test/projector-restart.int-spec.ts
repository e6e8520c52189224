import { internationalSuite } from '@app/crypto';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { assetDecider, standardAssetDeps } from '@app/assets/domain/asset.decider';
import { PostgresEventStore } from '@app/event-store';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { AssetRegisterProjection } from '@app/read-models/asset-register/asset-register.projection';
import { Actor, CommandContext } from '@app/shared';
import { createTestDatabase } from '@test/support/test-database';
import { ProjectionRunner } from '../src/projection-runner';
import { ReadModelRebuilder } from '@app/read-models/rebuild/read-model-rebuilder';
import { allProjections } from '@app/read-models/projections';

const PROJECTOR_MAIN = join(__dirname, '..', '..', '..', 'dist', 'apps', 'projector', 'src', 'main.js');
const manager: Actor = { userId: 'mgr-edu', role: 'asset_manager', departmentId: 'D-EDU', displayName: 'm' };
let commandSeq = 0;
const ctx = (): CommandContext => ({
  actor: manager,
  commandId: `cmd-${++commandSeq}`,
  correlationId: 'c',
  causationId: 'c',
  now: new Date('2026-06-01T08:00:00Z'),
});

describe('projector killed mid-stream and restarted', () => {
  let url: string;
  let store: PostgresEventStore;
  let sql: Client;
  const decider = assetDecider(standardAssetDeps());

  beforeAll(async () => {
    if (!existsSync(PROJECTOR_MAIN)) throw new Error(`${PROJECTOR_MAIN} is missing: build first (npm test runs npm run build)`);
    url = await createTestDatabase('restart');
    store = new PostgresEventStore({ connectionString: url });
    sql = new Client({ connectionString: url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await store.close();
  });

  async function writeHistory(from: number, to: number): Promise<void> {
    for (let i = from; i < to; i++) {
      const assetId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      const stream = `asset-${assetId}`;
      await executeOnStream(
        store,
        stream,
        decider,
        {
          kind: 'RegisterAsset',
          actor: manager,
          today: '2026-06-01',
          assetId,
          assetNo: `R-${i}`,
          departmentId: 'D-EDU',
          card: {
            name: `资产${i}`,
            categoryCode: i % 2 ? 'A020000' : 'A050000',
            custodian: '张三',
            location: `楼${i % 7}`,
            acquiredOn: '2020-01-01',
            originalValueFen: 1000 * i,
            quantity: 1,
            unit: '台',
            condition: 'good',
            brand: null,
            specification: null,
            accumulatedDepreciationFen: 0,
            usage: null,
          },
        },
        ctx(),
      );
      if (i % 2 === 0)
        await executeOnStream(
          store,
          stream,
          decider,
          {
            kind: 'CorrectAsset',
            actor: manager,
            today: '2026-06-01',
            assetId,
            changes: { originalValueFen: 1000 * i + 1 },
            reason: '更正',
          },
          ctx(),
        );
      if (i % 3 === 0)
        await executeOnStream(
          store,
          stream,
          decider,
          { kind: 'RelocateAsset', actor: manager, assetId, location: `新楼${i}`, custodian: null, reason: null },
          ctx(),
        );
    }
  }

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

  function startProjector(): ChildProcess {
    return spawn(process.execPath, [PROJECTOR_MAIN], {
      env: { ...process.env, DATABASE_URL: url, PROJECTOR_MAX_BATCH: '5' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }

  async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 30000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 2));
    }
  }

  async function kill(child: ChildProcess): Promise<void> {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }

  async function snapshot(): Promise<Record<string, unknown>[]> {
    return (await sql.query('SELECT * FROM asset_register ORDER BY asset_id')).rows;
  }

  it('ends with exactly the rows a fresh rebuild produces', async () => {
    await writeHistory(0, 300);
    const total = await totalEvents();
    const killedAt: number[] = [];

    // Kill points are random on purpose: any point must do.
    const firstKill = 0.1 + Math.random() * 0.3;
    const secondKill = 0.5 + Math.random() * 0.3;
    let projector = startProjector();
    await until(async () => (await applied()) >= total * firstKill, 'first progress');
    await kill(projector);
    killedAt.push(await applied());

    projector = startProjector();
    // New events arrive while it catches up, then it dies again.
    const live = writeHistory(300, 360);
    await until(async () => (await applied()) >= total * secondKill, 'second progress');
    await kill(projector);
    killedAt.push(await applied());
    await live;

    projector = startProjector();
    const finalTotal = await totalEvents();
    await until(async () => (await appliedByAll()) === finalTotal, 'catch-up');
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
  });
});
