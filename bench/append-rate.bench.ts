import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { EventStore, EventStoreDbEventStore, NewEvent, PostgresEventStore, WrongExpectedVersionError } from '@app/event-store';
import { startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { dataSourceOptions, runMigrations } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { AssetRegisterProjection } from '@app/read-models/asset-register/asset-register.projection';
import { EsdbEmulator } from '../test/esdb-emulator/esdb-emulator';
import { ProjectionRunner } from '../apps/projector/src/projection-runner';
import { writeBenchmarkSection } from './benchmarks-file';
import { closedLoop } from './load-loops';
import { removeServerFolders } from './server-folders';

const SEQUENTIAL = 2000;
const WRITERS = 8;
const PER_WRITER = 500;
const PROJECTED_ASSETS = 20000;
// Raw baseline against append_events: the same ~1 KB of jsonb per row, each write its own transaction.
const SIDE_BY_SIDE_WRITERS = [1, 16] as const;
const SIDE_BY_SIDE_OPS = { 1: 2000, 16: 4800 } as const;
const WARM_UP_OPS = 200;
const PAYLOAD = '台式计算机 联想 ThinkCentre M720 行政楼302室 '.repeat(12);

function event(i: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'bench.appended.v1',
    data: { i, note: PAYLOAD },
    metadata: {
      actorId: 'bench',
      actorRole: 'asset_manager',
      departmentId: 'D-BENCH',
      correlationId: 'b',
      causationId: 'b',
      occurredAt: new Date().toISOString(),
    },
  };
}

/** Raw INSERT of one ~1 KB jsonb row per transaction vs append_events of one ~1 KB event, alternating. */
async function sideBySide(url: string): Promise<string[]> {
  const raw = new Pool({ connectionString: url, max: 16 });
  await raw.query('CREATE TABLE bench_raw (id bigserial PRIMARY KEY, doc jsonb NOT NULL)');
  const store = new PostgresEventStore({ connectionString: url, max: 16 });
  const run = randomUUID().slice(0, 6);
  const rawWrite = async () => {
    const e = event(0);
    await raw.query('INSERT INTO bench_raw (doc) VALUES ($1)', [JSON.stringify({ data: e.data, metadata: e.metadata })]);
  };
  // Each writer appends to its own stream at the exact revision.
  const appendWrite = (label: string) => {
    const appended = new Map<number, number>();
    return async (_: number, w: number) => {
      const i = appended.get(w) ?? 0;
      appended.set(w, i + 1);
      await store.append(`bench${run}-${label}-w${w}`, [event(i)], i === 0 ? 'no_stream' : BigInt(i - 1));
    };
  };
  const rows: string[] = [];
  try {
    await closedLoop(4, WARM_UP_OPS, rawWrite);
    await closedLoop(4, WARM_UP_OPS, appendWrite('warm'));
    for (const writers of SIDE_BY_SIDE_WRITERS) {
      const ops = SIDE_BY_SIDE_OPS[writers];
      const baseline = await closedLoop(writers, ops, rawWrite);
      const project = await closedLoop(writers, ops, appendWrite(`n${writers}`));
      rows.push(
        `| append, ${writers} writer${writers > 1 ? 's' : ''} (${ops} writes) | ${baseline.perSecond.toFixed(0)} ev/s (p99 ${baseline.p99Ms.toFixed(1)} ms) | ` +
          `${project.perSecond.toFixed(0)} ev/s (p99 ${project.p99Ms.toFixed(1)} ms) | ${(project.perSecond / baseline.perSecond).toFixed(2)} |`,
      );
    }
  } finally {
    await store.close();
    await raw.end();
  }
  return [
    '| measure | raw baseline: INSERT of a ~1 KB jsonb row | this project: `append_events`, 1 event of ~1 KB at its exact revision | ratio |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
  ];
}

async function sequential(store: EventStore, prefix: string): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < SEQUENTIAL; i++) await store.append(`${prefix}-seq-${i % 50}`, [event(i)], 'any');
  return SEQUENTIAL / (Number(process.hrtime.bigint() - start) / 1e9);
}

/** Writers on their own streams, each append at the exact expected revision, as command handlers do. */
async function concurrent(store: EventStore, prefix: string): Promise<number> {
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      for (let i = 0; i < PER_WRITER; i++) {
        try {
          await store.append(`${prefix}-w${w}`, [event(i)], i === 0 ? 'no_stream' : BigInt(i - 1));
        } catch (error) {
          if (error instanceof WrongExpectedVersionError) throw new Error('a writer on its own stream must never conflict');
          throw error;
        }
      }
    }),
  );
  return (WRITERS * PER_WRITER) / (Number(process.hrtime.bigint() - start) / 1e9);
}

async function projectionRate(store: EventStore, url: string): Promise<number> {
  for (let batch = 0; batch < PROJECTED_ASSETS; batch += 500) {
    await Promise.all(
      Array.from({ length: 500 }, (_, k) => {
        const i = batch + k;
        const assetId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
        return store.append(
          `asset-${assetId}`,
          [
            {
              ...event(i),
              type: 'asset.registered.v1',
              data: {
                assetId,
                assetNo: `B-${i}`,
                departmentId: 'D-BENCH',
                name: `资产${i}`,
                categoryCode: 'A02000000',
                custodian: '张三',
                location: `楼${i % 9}`,
                acquiredOn: '2020-01-01',
                originalValueFen: i,
                quantity: 1,
                unit: '台',
                condition: 'good',
                brand: null,
                specification: null,
              },
            },
          ],
          'no_stream',
        );
      }),
    );
  }
  const dataSource = new DataSource(dataSourceOptions(url, DATABASE_SCHEMA));
  await dataSource.initialize();
  const runner = new ProjectionRunner(store, dataSource, new AssetRegisterProjection());
  const start = process.hrtime.bigint();
  runner.start();
  for (;;) {
    const [row] = await dataSource.query(`SELECT count(*) AS n FROM asset_register`);
    if (Number(row.n) >= PROJECTED_ASSETS) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const rate = PROJECTED_ASSETS / (Number(process.hrtime.bigint() - start) / 1e9);
  await runner.stop();
  await dataSource.destroy();
  return rate;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pg-'));
  // Durable settings (fsync on, synchronous commit), as `npm start` runs.
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'bench', durable: true });
  const emulator = await new EsdbEmulator().start();
  const rows: string[] = [];
  try {
    await runMigrations(pg.url, DATABASE_SCHEMA);
    const raw = await sideBySide(pg.url);
    const postgres = new PostgresEventStore({ connectionString: pg.url });
    const esdb = new EventStoreDbEventStore(emulator.connectionString);
    const run = randomUUID().slice(0, 6);
    const pgSeq = await sequential(postgres, `pg${run}`);
    const pgConc = await concurrent(postgres, `pg${run}`);
    const esSeq = await sequential(esdb, `es${run}`);
    const esConc = await concurrent(esdb, `es${run}`);
    const projected = await projectionRate(postgres, pg.url);
    rows.push(
      'Same embedded server, durable (fsync on, synchronous_commit on), one transaction per write, pools of 16 connections.',
      '',
      ...raw,
      '',
      '| measure | backend | events/s |',
      '| --- | --- | ---: |',
      `| append, 1 writer, 1 event per append (${SEQUENTIAL}) | PostgreSQL (embedded, fsync on) | ${pgSeq.toFixed(0)} |`,
      `| append, ${WRITERS} writers, exact expected revision (${WRITERS * PER_WRITER}) | PostgreSQL (embedded, fsync on) | ${pgConc.toFixed(0)} |`,
      `| append, 1 writer (${SEQUENTIAL}) | EventStoreDB client → in-repo emulator | ${esSeq.toFixed(0)} |`,
      `| append, ${WRITERS} writers (${WRITERS * PER_WRITER}) | EventStoreDB client → in-repo emulator | ${esConc.toFixed(0)} |`,
      `| projection catch-up, asset register (${PROJECTED_ASSETS} registrations) | PostgreSQL | ${projected.toFixed(0)} |`,
      '',
      'The emulator rows measure the client, gRPC and the emulator on this machine, not an EventStoreDB server.',
      `Machine load average at the end (1 / 5 / 15 min, 2 cores shared): ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')}.`,
    );
    await postgres.close();
    await esdb.close();
  } finally {
    await emulator.stop();
    await pg.stop();
    removeServerFolders(dir, pg);
  }
  console.log(rows.join('\n'));
  writeBenchmarkSection('append-rate', 'Event store append rate and projection throughput', rows.join('\n'));
}

void main();
