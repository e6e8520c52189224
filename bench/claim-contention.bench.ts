import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assetDecider, standardAssetDeps } from '@app/assets/domain/asset.decider';
import { assetStreamId } from '@app/assets/domain/asset.events';
import { PostgresEventStore, WrongExpectedVersionError } from '@app/event-store';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { runMigrations } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { Actor, CommandContext } from '@app/shared';
import { writeBenchmarkSection } from './benchmarks-file';
import { removeServerFolders } from './server-folders';

const manager: Actor = { userId: 'mgr', role: 'asset_manager', departmentId: 'D-SCH1', displayName: 'm' };
const ctx = (id: string, actor = manager): CommandContext => ({
  actor,
  commandId: id,
  correlationId: id,
  causationId: id,
  now: new Date(),
});

/** Many departments claim one listing at the same moment; every claim should land, each exactly once. */
async function burst(store: PostgresEventStore, claimants: number, mode: 'manager_picks' | 'first_come', run: string) {
  const decider = assetDecider(standardAssetDeps());
  const assetId = `00000000-0000-4000-9000-${run.padStart(12, '0')}`;
  const stream = assetStreamId(assetId);
  const card = {
    name: '投影仪',
    categoryCode: 'A02000000',
    custodian: '张',
    location: '库',
    acquiredOn: '2022-01-01',
    originalValueFen: 1000,
    quantity: 1,
    unit: '台',
    condition: 'good' as const,
    brand: null,
    specification: null,
    accumulatedDepreciationFen: 0,
    usage: null,
  };
  await executeOnStream(
    store,
    stream,
    decider,
    { kind: 'RegisterAsset', actor: manager, today: '2026-11-23', assetId, assetNo: `B-${run}`, departmentId: 'D-SCH1', card },
    ctx(`r-${run}`),
  );
  await executeOnStream(
    store,
    stream,
    decider,
    {
      kind: 'ListAsset',
      actor: manager,
      assetId,
      now: new Date().toISOString(),
      listingId: assetId,
      description: 'x',
      condition: 'good',
      photos: [],
      pickupLocation: 'x',
      claimMode: mode,
      internalUntil: null,
      advertiseUntil: new Date(Date.now() + 3600_000).toISOString(),
    },
    ctx(`l-${run}`),
  );
  const start = process.hrtime.bigint();
  const results = await Promise.allSettled(
    Array.from({ length: claimants }, (_, i) => {
      const actor: Actor = { userId: `s${i}`, role: 'department_staff', departmentId: `D-B${i}`, displayName: 's' };
      return executeOnStream(
        store,
        stream,
        decider,
        {
          kind: 'ClaimAsset',
          actor,
          assetId,
          now: new Date().toISOString(),
          claimId: `${run}-${i}`,
          transferId: `${run}-t${i}`,
          justification: 'x',
        },
        ctx(`c-${run}-${i}`, actor),
      );
    }),
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const ok = results.filter((r) => r.status === 'fulfilled').length;
  const conflicts = results.filter((r) => r.status === 'rejected' && r.reason instanceof WrongExpectedVersionError).length;
  const claimed = (await store.readStream(stream)).filter((e) => e.type === 'asset.claimed.v1').length;
  return { ms, ok, conflicts, claimed };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-claims-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'bench', durable: true });
  const rows = [
    '| claim mode | simultaneous claims | accepted | gave up (version conflict after 10 re-decisions) | claim events stored | wall time |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  try {
    await runMigrations(pg.url, DATABASE_SCHEMA);
    const store = new PostgresEventStore({ connectionString: pg.url, max: 20 });
    let run = 0;
    for (const [mode, n] of [
      ['manager_picks', 10],
      ['manager_picks', 25],
      ['manager_picks', 50],
      ['first_come', 50],
    ] as const) {
      const r = await burst(store, n, mode, String(++run));
      rows.push(`| ${mode} | ${n} | ${r.ok} | ${r.conflicts} | ${r.claimed} | ${r.ms.toFixed(0)} ms |`);
    }
    await store.close();
  } finally {
    await pg.stop();
    removeServerFolders(dir, pg);
  }
  const body = `${rows.join('\n')}\n\nPostgreSQL backend, durable settings, commands run in-process (no HTTP). In first-come mode only one claim can be accepted; the rest are refused as LISTING_NOT_OPEN, which is the intended answer, not a failure.`;
  console.log(body);
  writeBenchmarkSection('claim-contention', 'Simultaneous claims on one listing', body);
}

void main();
