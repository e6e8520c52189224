// Tree heads and proofs from stored subtrees on a synthetic 10,000,000-leaf audit log, against the
// raw read of the same rows and the old recompute-from-every-leaf at sizes it can manage.
import { consistencyRanges, inclusionRanges, merkleOf, rootSubtrees, signTreeHead, subtreesFor } from '@app/audit';
import { internationalSuite } from '@app/crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { PostgresEventStore } from '@app/event-store';
import { startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { dataSourceOptions, runMigrations } from '@app/platform/database/migrate';
import { MerkleLogService } from '@app/read-models/audit-log/merkle-log.service';
import { readEpochs } from '@app/read-models/audit-log/log-epochs';
import { backfillSubtrees, storeCompletedSubtrees } from '@app/read-models/audit-log/subtree-store';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { writeBenchmarkSection } from './benchmarks-file';
import { removeServerFolders } from './server-folders';

const LEAVES = Number(process.env.BENCH_MERKLE_LEAVES ?? 10_000_000);
const RUNS = 200;
/** The old way read every leaf per request; at these sizes a few runs are enough to see its line. */
const OLD_SIZES = [100_000, 1_000_000].filter((n) => n <= LEAVES);
const OLD_RUNS = 5;

const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;
const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;
const random = (below: number) => Math.floor(Math.random() * below);

function stats(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p99: at(0.99) };
}

async function timed(runs: number, once: (run: number) => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    await once(run);
    samples.push(ms(started));
  }
  return stats(samples);
}

/**
 * Leaves straight into audit_log with INSERT … SELECT (a leaf is H(0x00 || i), PostgreSQL's own
 * sha256); only the indexes a proof uses are kept, built after loading.
 */
async function loadLeaves(ds: DataSource, log: (line: string) => void): Promise<void> {
  for (const index of [
    'audit_log_occurred_idx',
    'audit_log_actor_idx',
    'audit_log_type_idx',
    'audit_log_stream_idx',
    'audit_log_departments_idx',
  ])
    await ds.query(`DROP INDEX ${index}`);
  await ds.query('DROP INDEX audit_log_event_id_uq');
  await ds.query(`INSERT INTO audit_log_epochs (epoch, suite, first_leaf, started_at) VALUES (0, 'international', 0, now())`);
  const step = 1_000_000;
  for (let from = 0; from < LEAVES; from += step) {
    await ds.query(
      `INSERT INTO audit_log SELECT i, md5(i::text)::uuid, 'asset-' || (i / 10), i % 10, i, i, 'asset.corrected.v1', 'bench', '{D-BENCH}', now(), '{}', '{}',
         sha256('\\x00'::bytea || int8send(i)) FROM generate_series($1::bigint, $2::bigint) AS i`,
      [from, Math.min(LEAVES, from + step) - 1],
    );
    log(`leaves ${Math.min(LEAVES, from + step)}/${LEAVES}`);
  }
  await ds.query('CREATE UNIQUE INDEX audit_log_event_id_uq ON audit_log (event_id)');
  await ds.query('ANALYZE audit_log');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-merkle-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'bench', durable: true });
  const key = internationalSuite.generateSigningKey();
  const say = (line: string) => console.log(`[merkle-log] ${line}`);
  await runMigrations(pg.url, DATABASE_SCHEMA);
  const store = new PostgresEventStore({ connectionString: pg.url });
  const ds = await new DataSource(dataSourceOptions(pg.url, DATABASE_SCHEMA)).initialize();
  const merkle = merkleOf(internationalSuite);
  const rows: string[] = ['| measure | raw baseline | this project | ratio |', '| --- | ---: | ---: | ---: |'];
  const notes: string[] = [];
  try {
    let started = process.hrtime.bigint();
    await loadLeaves(ds, say);
    notes.push(`Synthetic log: ${LEAVES.toLocaleString('en')} leaves written with INSERT … SELECT in ${seconds(started).toFixed(0)} s.`);
    // The subtrees are computed the way the migration gives an existing log its subtrees (Node, slices of leaves, unnest inserts).
    const [epoch] = await readEpochs(ds, internationalSuite);
    started = process.hrtime.bigint();
    await backfillSubtrees(ds, epoch, LEAVES);
    await ds.query('ANALYZE audit_log_nodes');
    const backfill = seconds(started);
    const [{ nodes, bytes }] = await ds.query<{ nodes: string; bytes: string }[]>(
      `SELECT count(*) AS nodes, pg_total_relation_size('audit_log_nodes') AS bytes FROM audit_log_nodes`,
    );
    notes.push(
      `Stored subtrees: ${Number(nodes).toLocaleString('en')} rows, ${(Number(bytes) / 2 ** 20).toFixed(0)} MiB with their index, computed from the leaves as the migration does for an existing log in ${backfill.toFixed(0)} s (${Math.round(LEAVES / backfill).toLocaleString('en')} leaves/s).`,
    );
    say(notes[notes.length - 1]);

    const log = new MerkleLogService(ds, store, { AUDIT_SIGNING_KEY: key }, internationalSuite);
    await log.onModuleInit();
    // Signed heads at random earlier sizes, for consistency proofs between them and the latest.
    const earlier = Array.from({ length: 50 }, () => 1 + random(LEAVES - 1));
    for (const size of earlier) {
      const root = (await log.tree(epoch, rootSubtrees(size))).root(size);
      const head = signTreeHead(
        { treeSize: size, rootHash: root.toString('hex'), timestamp: new Date().toISOString(), epoch: 0 },
        internationalSuite,
        key,
        log.keyId,
      );
      await ds.query(
        `INSERT INTO audit_tree_heads (epoch, tree_size, root_hash, timestamp, signature, key_id, suite) VALUES (0, $1, $2, $3, $4, $5, 'international') ON CONFLICT DO NOTHING`,
        [size, head.rootHash, head.timestamp, head.signature, head.keyId],
      );
    }

    // Raw baseline: one primary-key read of log2(n) node rows (one per level), nothing else.
    const rawRefs = Array.from({ length: Math.floor(Math.log2(LEAVES)) }, (_, k) => ({
      level: k + 1,
      index: random(Math.floor(LEAVES / 2 ** (k + 1))),
    }));
    const raw = await timed(RUNS, () =>
      ds.query(
        'SELECT hash FROM audit_log_nodes WHERE epoch = 0 AND (level, node_index) IN (SELECT * FROM unnest($1::smallint[], $2::bigint[]))',
        [rawRefs.map((r) => r.level), rawRefs.map((r) => r.index)],
      ),
    );

    // Tree head: what signing a new head computes, the open epoch's size and its root folded from the stored subtrees.
    const root = await timed(RUNS, async () => {
      const size = await log.size();
      return (await log.tree(epoch, rootSubtrees(size))).root(size);
    });
    started = process.hrtime.bigint();
    const head = await log.issueTreeHead(new Date());
    const signMs = ms(started);
    if (head.treeSize !== LEAVES) throw new Error(`signed ${head.treeSize} leaves, expected ${LEAVES}`);

    // Inclusion: the service's whole path (event lookup, head, epochs, subtrees, proof) for random events.
    const picks = Array.from({ length: RUNS }, () => random(LEAVES));
    const ids = await ds.query<{ leaf_index: string; event_id: string }[]>(
      'SELECT leaf_index, event_id FROM audit_log WHERE leaf_index = ANY($1)',
      [picks],
    );
    const inclusion = await timed(ids.length, async (run) => {
      const proof = await log.inclusion(ids[run].event_id);
      if (run % 20 === 0) {
        const ok = merkle.verifyInclusion(
          Buffer.from(proof!.leafHash, 'hex'),
          proof!.leafIndex,
          proof!.treeHead.treeSize,
          proof!.proof.map((h) => Buffer.from(h, 'hex')),
          Buffer.from(proof!.treeHead.rootHash, 'hex'),
        );
        if (!ok) throw new Error(`inclusion proof of leaf ${proof!.leafIndex} does not verify`);
      }
    });
    const consistency = await timed(RUNS, async (run) => {
      const found = await log.consistency(earlier[run % earlier.length], LEAVES);
      if (run < earlier.length) {
        const [from, to] = [found!.from, found!.to];
        const proof = found!.proof.map((h) => Buffer.from(h, 'hex'));
        if (
          !merkle.verifyConsistency(from.treeSize, to.treeSize, Buffer.from(from.rootHash, 'hex'), Buffer.from(to.rootHash, 'hex'), proof)
        )
          throw new Error(`consistency proof ${from.treeSize} → ${to.treeSize} does not verify`);
      }
    });
    const reads = {
      root: rootSubtrees(LEAVES).length,
      inclusion: subtreesFor(inclusionRanges(LEAVES / 2 + 1, LEAVES)).length,
      consistency: subtreesFor(consistencyRanges(earlier[0], LEAVES)).length,
    };
    const row = (measure: string, t: { p50: number; p99: number }) =>
      rows.push(
        `| ${measure} | ${raw.p50.toFixed(2)} ms / ${raw.p99.toFixed(2)} ms | ${t.p50.toFixed(2)} ms / ${t.p99.toFixed(2)} ms | ${(raw.p50 / t.p50).toFixed(2)} |`,
      );
    row(`tree head: size and root at ${LEAVES.toLocaleString('en')} leaves (${reads.root} subtrees), median / p99`, root);
    row(`inclusion proof of a random event at ${LEAVES.toLocaleString('en')} (≈${reads.inclusion} subtrees), median / p99`, inclusion);
    row(
      `consistency proof, random earlier head → ${LEAVES.toLocaleString('en')} (≈${reads.consistency} subtrees), median / p99`,
      consistency,
    );
    rows.push(`| sign and store the head of ${LEAVES.toLocaleString('en')} leaves (once) | | ${signMs.toFixed(1)} ms | |`);

    // The old way: every leaf of the tree read and hashed per request.
    for (const size of OLD_SIZES) {
      const old = await timed(OLD_RUNS, async () => {
        const leaves = (
          await ds.query<{ leaf_hash: Buffer }[]>(
            'SELECT leaf_hash FROM audit_log WHERE leaf_index >= 0 AND leaf_index < $1 ORDER BY leaf_index',
            [size],
          )
        ).map((r) => r.leaf_hash);
        return merkle.inclusionProof(leaves, random(size), size);
      });
      const stored = await timed(RUNS, async () => {
        const m = random(size);
        return (await log.tree(epoch, subtreesFor(inclusionRanges(m, size)))).inclusionProof(m, size);
      });
      rows.push(
        `| inclusion proof at ${size.toLocaleString('en')} leaves: old recompute from every leaf (baseline) vs stored subtrees, median | ${old.p50.toFixed(0)} ms | ${stored.p50.toFixed(2)} ms | ${(old.p50 / stored.p50).toFixed(0)}× faster |`,
      );
    }

    // Appending: the subtrees a batch of 1,000 new leaves completes (frontier read + one unnest INSERT), as the projection does per batch.
    const BATCH = 1000;
    const batchOf = (run: number) => Array.from({ length: BATCH }, (_, k) => merkle.leafHash(Buffer.from(`appended-${run}-${k}`)));
    await ds.query('CREATE TABLE bench_raw_rows (n bigint PRIMARY KEY, hash bytea NOT NULL)');
    const rawInsert = await timed(20, (run) =>
      ds.query('INSERT INTO bench_raw_rows SELECT * FROM unnest($1::bigint[], $2::bytea[])', [
        Array.from({ length: BATCH }, (_, k) => run * BATCH + k),
        batchOf(run),
      ]),
    );
    const appendSamples: number[] = [];
    for (let run = 0, size = LEAVES; run < 20; run++, size += BATCH) {
      const leaves = batchOf(run);
      await ds.query(
        `INSERT INTO audit_log SELECT i, md5(i::text)::uuid, 'asset-' || (i / 10), i % 10, i, i, 'asset.corrected.v1', 'bench', '{D-BENCH}', now(), '{}', '{}', h
           FROM unnest($1::bigint[], $2::bytea[]) AS t(i, h)`,
        [leaves.map((_, k) => size + k), leaves],
      );
      started = process.hrtime.bigint();
      await storeCompletedSubtrees(ds, epoch, size, leaves);
      appendSamples.push(ms(started));
    }
    const append = stats(appendSamples);
    rows.push(
      `| subtrees completed by a batch of ${BATCH} appended leaves (raw: INSERT of ${BATCH} rows via unnest), median / p99 | ${rawInsert.p50.toFixed(2)} ms / ${rawInsert.p99.toFixed(2)} ms | ${append.p50.toFixed(2)} ms / ${append.p99.toFixed(2)} ms | ${(rawInsert.p50 / append.p50).toFixed(2)} |`,
    );
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await ds.destroy();
    await store.close();
    await pg.stop();
    removeServerFolders(dir, pg);
  }
  if (process.exitCode) return;
  const body = `${rows.join('\n')}\n\n${notes.join(' ')} PostgreSQL embedded, durable settings, one connection, ${RUNS} runs each. The raw baseline is one primary-key read of ${Math.floor(Math.log2(LEAVES))} node rows (log2 n, one per level) and nothing else; ratio = raw / this project (1.00 would be the bare read). The project's figures go through MerkleLogService (event lookup, head, epochs, one read of the subtrees, hashing). Sampled proofs are checked with the RFC 9162 verifiers.`;
  console.log(body);
  writeBenchmarkSection('merkle-log', 'Audit log: tree heads and proofs from stored subtrees', body);
}

void main();
