import { internationalSuite } from '@app/crypto';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DataSource } from 'typeorm';
import { PostgresEventStore } from '@app/event-store';
import { startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { dataSourceOptions, runMigrations } from '@app/platform/database/migrate';
import { validateConfig } from '@app/platform/config/validate-config';
import { AuditConfig } from '@app/read-models/audit-log/audit.config';
import { MerkleLogService } from '@app/read-models/audit-log/merkle-log.service';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { ReadModelRebuilder } from '@app/read-models/rebuild/read-model-rebuilder';
import { writeBenchmarkSection } from './benchmarks-file';
import { removeServerFolders } from './server-folders';

const ASSETS = Number(process.env.AUDIT_BENCH_ASSETS ?? 20000);
const CORRECTIONS = 10000;

/** Mixed asset history written straight to the store (same events the command path writes). */
async function history(store: PostgresEventStore): Promise<number> {
  let n = 0;
  const meta = () => ({
    actorId: 'bench',
    actorRole: 'asset_manager',
    departmentId: 'D-BENCH',
    correlationId: 'b',
    causationId: 'b',
    occurredAt: new Date().toISOString(),
  });
  for (let batch = 0; batch < ASSETS; batch += 500) {
    await Promise.all(
      Array.from({ length: 500 }, async (_, k) => {
        const i = batch + k;
        const assetId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
        const events = [
          {
            id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
            type: 'asset.registered.v1',
            metadata: meta(),
            data: {
              assetId,
              assetNo: `B-${i}`,
              departmentId: 'D-BENCH',
              name: `资产${i}`,
              categoryCode: i % 2 ? 'A02000000' : 'A05000000',
              custodian: '张三',
              location: `楼${i % 9}`,
              acquiredOn: '2020-01-01',
              originalValueFen: i * 100,
              quantity: 1,
              unit: '台',
              condition: 'good',
              brand: null,
              specification: null,
              accumulatedDepreciationFen: 0,
              usage: null,
            },
          },
        ];
        if (i < CORRECTIONS)
          events.push({
            id: `00000000-0000-4000-a000-${String(i).padStart(12, '0')}`,
            type: 'asset.corrected.v1',
            metadata: meta(),
            data: {
              assetId,
              previous: { originalValueFen: i * 100 },
              corrected: { originalValueFen: i * 100 + 1 },
              reason: '更正',
            } as never,
          });
        await store.append(`asset-${assetId}`, events, 'no_stream');
        n += events.length;
      }),
    );
  }
  return n;
}

// A full collection on demand, so what is measured is what the check holds, not garbage not yet collected.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const heldBytes = () => {
  collect();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

/** The most memory (JS heap + buffers, after a full collection) the check holds, sampled every `every` events it reports. */
async function memoryHeldBy<T>(
  work: (progress: (checked: number) => void) => Promise<T>,
  every = 20_000,
): Promise<{ result: T; heldMiB: number }> {
  const before = heldBytes();
  let peak = before;
  let next = every;
  const result = await work((checked) => {
    if (checked < next) return;
    next = checked + every;
    peak = Math.max(peak, heldBytes());
  });
  return { result, heldMiB: (peak - before) / 2 ** 20 };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-audit-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'bench', durable: true });
  process.env.AUDIT_SIGNING_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const rows: string[] = ['| measure | events | time | rate |', '| --- | ---: | ---: | ---: |'];
  await runMigrations(pg.url, DATABASE_SCHEMA);
  const store = new PostgresEventStore({ connectionString: pg.url });
  try {
    const events = await history(store);
    const rebuilder = new ReadModelRebuilder(store, pg.url, internationalSuite);
    const built = await rebuilder.buildShadow();
    rows.push(
      `| rebuild every read model into fresh tables | ${built.events} | ${built.seconds.toFixed(1)} s | ${Math.round(built.events / built.seconds)} events/s |`,
    );
    const swapStart = process.hrtime.bigint();
    await rebuilder.swapIn(built.schema);
    rows.push(
      `| swap the rebuilt rows in (one transaction) | ${built.events} | ${(Number(process.hrtime.bigint() - swapStart) / 1e9).toFixed(1)} s | |`,
    );
    await rebuilder.drop(built.schema);
    const ds = new DataSource(dataSourceOptions(pg.url, DATABASE_SCHEMA));
    await ds.initialize();
    const log = new MerkleLogService(ds, store, validateConfig(AuditConfig), internationalSuite);
    const headStart = process.hrtime.bigint();
    const head = await log.issueTreeHead(new Date());
    rows.push(
      `| sign a tree head (root over all leaves) | ${head.treeSize} | ${(Number(process.hrtime.bigint() - headStart) / 1e6).toFixed(0)} ms | |`,
    );
    const verifyStart = process.hrtime.bigint();
    const { result: verdict, heldMiB } = await memoryHeldBy((progress) => log.verify(progress));
    const verifySeconds = Number(process.hrtime.bigint() - verifyStart) / 1e9;
    if (!verdict.ok) throw new Error(`verify failed: ${JSON.stringify(verdict.firstProblem)}`);
    rows.push(
      `| verify: recompute every leaf from the store, check tree heads | ${verdict.eventsChecked} | ${verifySeconds.toFixed(1)} s | ${Math.round(verdict.eventsChecked / verifySeconds)} events/s |`,
      `| verify: memory the check holds at its most (heap + buffers after a full collection, every 20,000 events) | ${verdict.eventsChecked} | ${heldMiB.toFixed(1)} MiB | |`,
    );
    const proofStart = process.hrtime.bigint();
    const [{ event_id }] = await ds.query('SELECT event_id FROM audit_log WHERE leaf_index = $1', [Math.floor(events / 2)]);
    await log.inclusion(event_id);
    rows.push(`| one inclusion proof | ${head.treeSize} | ${(Number(process.hrtime.bigint() - proofStart) / 1e6).toFixed(0)} ms | |`);
    await ds.destroy();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await store.close();
    await pg.stop();
    removeServerFolders(dir, pg);
  }
  const body = `${rows.join('\n')}\n\nPostgreSQL backend, durable settings. Heads and proofs are read from the stored subtrees; verify streams the events and keeps one slice of recomputed leaves (50,000) and each epoch's frontier.`;
  console.log(body);
  writeBenchmarkSection('audit', 'Audit: rebuild, verify, tree heads, proofs', body);
}

void main();
