import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { consistencyRanges, inclusionRanges, merkleOf, rootSubtrees, subtreesFor } from '@app/audit';
import { gmSuite, internationalSuite, keyIdOf } from '@app/crypto';
import { RecordedEvent } from '@app/event-store';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { AuditLogProjection } from '@app/read-models/audit-log/audit-log.projection';
import { endOf, LogEpoch, readEpochs } from '@app/read-models/audit-log/log-epochs';
import { openEpoch } from '@app/read-models/audit-log/open-epoch';
import { backfillSubtrees, epochSize, epochTree } from '@app/read-models/audit-log/subtree-store';
import { checkStoredSubtrees, LeafStreamCheck } from '@app/read-models/audit-log/subtree-check';
import { AuditLogNodes1732300001230 } from '@app/read-models/migrations/1732300001230-audit-log-nodes';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { createTestDatabase } from '@test/support/test-database';

const event = (i: number): RecordedEvent => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  streamId: `asset-${i % 7}`,
  revision: BigInt(Math.floor(i / 7)),
  position: { commit: BigInt(i), prepare: BigInt(i) },
  type: 'asset.relocated.v1',
  data: { n: i },
  metadata: {
    actorId: 'tester',
    actorRole: 'asset_manager',
    departmentId: 'D-T',
    correlationId: 'c',
    causationId: 'c',
    occurredAt: '2026-01-01T00:00:00.000Z',
  },
  recordedAt: new Date('2026-01-01T00:00:00.000Z'),
});

/**
 * The audit-log projection stores each complete subtree with the leaves, in the epoch's suite; heads
 * and proofs read from them must be what the all-leaves functions give, in every epoch, and the
 * migration's backfill must store exactly what the projection stores.
 */
describe('audit log subtrees in PostgreSQL', () => {
  const oldKey = internationalSuite.generateSigningKey();
  const newKey = gmSuite.generateSigningKey();
  let db: DataSource;
  let epochs: LogEpoch[];
  const EPOCH_0 = 173;
  const EPOCH_1 = 150;

  const allLeaves = async (epoch: LogEpoch): Promise<Buffer[]> => {
    const size = await epochSize(db, epoch, endOf(epochs, epoch));
    const rows = await db.query<{ leaf_hash: Buffer }[]>(
      'SELECT leaf_hash FROM audit_log WHERE leaf_index >= $1 AND leaf_index < $2 ORDER BY leaf_index',
      [epoch.firstLeaf, epoch.firstLeaf + size],
    );
    return rows.map((r) => r.leaf_hash);
  };
  const nodes = () =>
    db.query<{ row: string }[]>(
      `SELECT epoch || ':' || level || ':' || node_index || ':' || encode(hash, 'hex') AS row FROM audit_log_nodes ORDER BY 1`,
    );

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(await createTestDatabase('subtrees'), DATABASE_SCHEMA)).initialize();
    await db.query(
      `INSERT INTO projection_checkpoints (name, commit_position, prepare_position, events_applied, updated_at) VALUES ($1, -1, -1, 0, now())`,
      [AuditLogProjection.NAME],
    );
    const projection = new AuditLogProjection(internationalSuite);
    // Batches of uneven sizes, one repeated delivery among them.
    const batches = [1, 2, 5, 16, 1, 33, 64, 51];
    let next = 0;
    for (const size of batches) {
      const batch = Array.from({ length: size }, (_, k) => event(next + k));
      await db.transaction((tx) => projection.apply(tx, batch));
      next += size;
    }
    await db.transaction((tx) => projection.apply(tx, [event(3), event(4)]));
    expect(next).toBe(EPOCH_0);
    const publicKeyPem = internationalSuite.publicKeyOf(oldKey);
    const current = { suite: internationalSuite, privateKeyPem: oldKey, publicKeyPem, keyId: keyIdOf(internationalSuite, publicKeyPem) };
    await db.transaction((tx) => openEpoch(tx, AuditLogProjection.NAME, current, { suite: gmSuite, privateKeyPem: newKey }, new Date()));
    const gm = new AuditLogProjection(gmSuite);
    for (const size of [7, 8, 1, 100, 34]) {
      const batch = Array.from({ length: size }, (_, k) => event(next + k));
      await db.transaction((tx) => gm.apply(tx, batch));
      next += size;
    }
    epochs = await readEpochs(db, gmSuite);
  });
  afterAll(() => db?.destroy());

  it('keeps each epoch its own tree in its own suite', async () => {
    expect(epochs.map((e) => [e.epoch, e.suite.id, e.firstLeaf])).toEqual([
      [0, 'international', 0],
      [1, 'gm', EPOCH_0],
    ]);
    expect(await epochSize(db, epochs[0], endOf(epochs, epochs[0]))).toBe(EPOCH_0);
    expect(await epochSize(db, epochs[1], null)).toBe(EPOCH_1);
    // n leaves complete Σ⌊n/2^l⌋ = n − popcount(n) subtrees above them: 173 → 86+43+21+10+5+2+1, 150 → 75+37+18+9+4+2+1.
    const counts = await db.query<{ epoch: number; count: string }[]>(
      'SELECT epoch, count(*) FROM audit_log_nodes GROUP BY epoch ORDER BY epoch',
    );
    expect(counts.map((c) => [c.epoch, Number(c.count)])).toEqual([
      [0, 168],
      [1, 146],
    ]);
  });

  it.each([0, 1])('gives the all-leaves roots and proofs of epoch %i for any size and index', async (number) => {
    const epoch = epochs[number];
    const leaves = await allLeaves(epoch);
    const merkle = merkleOf(epoch.suite);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: leaves.length }), fc.nat(), fc.nat(), async (size, a, b) => {
        const m = a % size;
        const first = (b % size) + 1;
        const needed = subtreesFor([...inclusionRanges(m, size), ...consistencyRanges(first, size), [0, size]]);
        const tree = await epochTree(db, epoch, needed);
        expect(tree.root(size)).toEqual(merkle.rootOf(leaves, 0, size));
        expect(tree.inclusionProof(m, size)).toEqual(merkle.inclusionProof(leaves, m, size));
        expect(tree.consistencyProof(first, size)).toEqual(merkle.consistencyProof(leaves, first, size));
      }),
      { numRuns: 60 },
    );
  });

  it('signed the old epoch’s last head over the root its leaves give', async () => {
    const [head] = await db.query<{ root_hash: string; tree_size: string }[]>(
      'SELECT root_hash, tree_size FROM audit_tree_heads WHERE epoch = 0',
    );
    expect(Number(head.tree_size)).toBe(EPOCH_0);
    expect(head.root_hash).toBe(
      merkleOf(internationalSuite)
        .rootOf(await allLeaves(epochs[0]))
        .toString('hex'),
    );
  });

  it('reads only the subtrees of the size’s binary decomposition for a root', async () => {
    const tree = await epochTree(db, epochs[0], rootSubtrees(EPOCH_0));
    expect(tree.root(EPOCH_0)).toEqual(merkleOf(internationalSuite).rootOf(await allLeaves(epochs[0])));
    await expect(async () => (await epochTree(db, epochs[0], rootSubtrees(EPOCH_0 - 1))).root(EPOCH_0)).rejects.toThrow(
      /no stored subtree/,
    );
  });

  it('names the first stored subtree that is missing or not what the leaves give', async () => {
    const leaves = [...(await allLeaves(epochs[0])), ...(await allLeaves(epochs[1]))];
    expect(await checkStoredSubtrees(db, epochs, leaves, 16)).toBeNull();
    const [kept] = await db.query<{ hash: Buffer }[]>('SELECT hash FROM audit_log_nodes WHERE epoch = 1 AND level = 3 AND node_index = 2');
    await db.query('UPDATE audit_log_nodes SET hash = sha256(hash) WHERE epoch = 1 AND level = 3 AND node_index = 2');
    expect(await checkStoredSubtrees(db, epochs, leaves, 16)).toEqual({
      epoch: 1,
      ref: { level: 3, index: 2 },
      firstLeaf: EPOCH_0 + 16,
      stored: 'different',
    });
    await db.query('DELETE FROM audit_log_nodes WHERE epoch = 0 AND level = 2 AND node_index = 5');
    expect(await checkStoredSubtrees(db, epochs, leaves, 16)).toMatchObject({
      epoch: 0,
      ref: { level: 2, index: 5 },
      firstLeaf: 20,
      stored: 'missing',
    });
    await db.query('INSERT INTO audit_log_nodes (epoch, level, node_index, hash) VALUES (0, 2, 5, $1)', [
      merkleOf(internationalSuite).rootOf(leaves, 20, 24),
    ]);
    await db.query('UPDATE audit_log_nodes SET hash = $1 WHERE epoch = 1 AND level = 3 AND node_index = 2', [kept.hash]);
    expect(await checkStoredSubtrees(db, epochs, leaves, 16)).toBeNull();
  });

  it('keeps, while the leaves stream past, the roots at the sizes asked and at each epoch’s end', async () => {
    const first = await allLeaves(epochs[0]);
    const second = await allLeaves(epochs[1]);
    const merkle = merkleOf(internationalSuite);
    const sizes = (epoch: { epoch: number }) => (epoch.epoch === 0 ? [0, 1, 7, EPOCH_0] : [3, second.length + 1]);
    const check = new LeafStreamCheck(db, epochs, sizes, 5);
    for (const leaf of [...first, ...second]) await check.add(leaf);
    const found = await check.finish();
    expect(found.subtree).toBeNull();
    expect(found.rootAt(0, 0)).toEqual(merkle.emptyRoot());
    expect(found.rootAt(0, 1)).toEqual(first[0]);
    expect(found.rootAt(0, 7)).toEqual(merkle.rootOf(first, 0, 7));
    expect(found.rootAt(0, EPOCH_0)).toEqual(merkle.rootOf(first));
    expect(found.rootAtEnd(0)).toEqual(merkle.rootOf(first));
    // Epoch 1 hashes in its own suite.
    const later = merkleOf(epochs[1].suite);
    expect(found.rootAt(1, 3)).toEqual(later.rootOf(second, 0, 3));
    // A size the leaves never reached has no root: a head that claims it cannot be confirmed.
    expect(found.rootAt(1, second.length + 1)).toBeUndefined();
    expect(found.rootAtEnd(1)).toEqual(later.rootOf(second));
  });

  it('backfills exactly the subtrees the projection stored, slice by slice', async () => {
    const stored = await nodes();
    await db.query('DELETE FROM audit_log_nodes');
    for (const epoch of epochs) await backfillSubtrees(db, epoch, await epochSize(db, epoch, endOf(epochs, epoch)), 13);
    expect(await nodes()).toEqual(stored);
  });

  it('gives a log written before subtrees were stored its subtrees when migrating', async () => {
    const stored = await nodes();
    const runner = db.createQueryRunner();
    try {
      await runner.query('DROP TABLE audit_log_nodes');
      await new AuditLogNodes1732300001230().up(runner);
    } finally {
      await runner.release();
    }
    expect(await nodes()).toEqual(stored);
    expect(stored.length).toBe(168 + 146);
  });
});
