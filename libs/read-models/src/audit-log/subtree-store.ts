import { EntityManager } from 'typeorm';
import { completedSubtrees, Hash, merkleOf, rootSubtrees, storedTree, StoredTree, subtreeKey, SubtreeRef } from '@app/audit';
import { LogEpoch } from './log-epochs';

type Queryable = Pick<EntityManager, 'query'>;

/** Rows per INSERT … SELECT FROM unnest: one statement per chunk, whatever the batch. */
const CHUNK = 20_000;

/** The stored hashes of these subtrees of an epoch's tree, in one round trip (leaves from audit_log, the rest from audit_log_nodes). */
export async function readSubtrees(db: Queryable, epoch: LogEpoch, refs: readonly SubtreeRef[]): Promise<Map<string, Hash>> {
  const leaves = refs.filter((r) => r.level === 0).map((r) => String(epoch.firstLeaf + r.index));
  const nodes = refs.filter((r) => r.level > 0);
  const rows = await db.query<{ level: number; node_index: string; hash: Buffer }[]>(
    `SELECT 0 AS level, leaf_index - $2 AS node_index, leaf_hash AS hash FROM audit_log WHERE leaf_index = ANY($1::bigint[])
     UNION ALL
     SELECT n.level, n.node_index, n.hash FROM unnest($4::smallint[], $5::bigint[]) AS r(level, node_index)
       JOIN audit_log_nodes n ON n.epoch = $3 AND n.level = r.level AND n.node_index = r.node_index`,
    [leaves, epoch.firstLeaf, epoch.epoch, nodes.map((r) => r.level), nodes.map((r) => String(r.index))],
  );
  return new Map(rows.map((r) => [subtreeKey({ level: Number(r.level), index: Number(r.node_index) }), r.hash]));
}

function stored(found: Map<string, Hash>, epoch: LogEpoch, ref: SubtreeRef): Hash {
  const hash = found.get(subtreeKey(ref));
  if (!hash)
    throw new Error(
      `the audit log has no stored subtree ${subtreeKey(ref)} in epoch ${epoch.epoch}: its nodes are incomplete (rebuild the read models)`,
    );
  return hash;
}

/** Roots and proofs of an epoch's tree, reading only the subtrees they need (fetched first, then folded in memory). */
export async function epochTree(db: Queryable, epoch: LogEpoch, needed: readonly SubtreeRef[]): Promise<StoredTree> {
  const found = await readSubtrees(db, epoch, needed);
  return storedTree(merkleOf(epoch.suite), (ref) => stored(found, epoch, ref));
}

/**
 * Appends `leaves` (already written to audit_log) at `size` in the epoch's tree: reads the frontier
 * (≤ log2 n stored subtrees), computes the subtrees the leaves complete and writes them in bulk.
 */
export async function storeCompletedSubtrees(tx: Queryable, epoch: LogEpoch, size: number, leaves: readonly Hash[]): Promise<void> {
  const frontierRefs = rootSubtrees(size);
  const found = await readSubtrees(tx, epoch, frontierRefs);
  const frontier = frontierRefs.map((ref) => stored(found, epoch, ref));
  const nodes = completedSubtrees(merkleOf(epoch.suite), size, frontier, leaves);
  for (let i = 0; i < nodes.length; i += CHUNK) {
    const chunk = nodes.slice(i, i + CHUNK);
    await tx.query(
      `INSERT INTO audit_log_nodes (epoch, level, node_index, hash) SELECT $1, * FROM unnest($2::smallint[], $3::bigint[], $4::bytea[])`,
      [epoch.epoch, chunk.map((n) => n.level), chunk.map((n) => String(n.index)), chunk.map((n) => n.hash)],
    );
  }
}

/**
 * Computes and stores every subtree of an epoch's first `size` leaves from audit_log, reading the
 * leaves in slices so memory stays bounded: for logs written before subtrees were stored.
 */
export async function backfillSubtrees(tx: Queryable, epoch: LogEpoch, size: number, slice = 100_000): Promise<void> {
  for (let done = 0; done < size;) {
    const upTo = Math.min(size, done + slice);
    const rows = await tx.query<{ leaf_hash: Buffer }[]>(
      'SELECT leaf_hash FROM audit_log WHERE leaf_index >= $1 AND leaf_index < $2 ORDER BY leaf_index',
      [epoch.firstLeaf + done, epoch.firstLeaf + upTo],
    );
    if (rows.length !== upTo - done) throw new Error(`epoch ${epoch.epoch} misses leaves between ${done} and ${upTo}`);
    await storeCompletedSubtrees(
      tx,
      epoch,
      done,
      rows.map((r) => r.leaf_hash),
    );
    done = upTo;
  }
}

/** Leaves in an epoch: up to the next epoch's first leaf, or up to the last leaf for the open one. */
export async function epochSize(db: Queryable, epoch: LogEpoch, end: number | null): Promise<number> {
  if (end !== null) return end - epoch.firstLeaf;
  const [{ next }] = await db.query<{ next: string }[]>('SELECT coalesce(max(leaf_index) + 1, 0) AS next FROM audit_log');
  return Math.max(0, Number(next) - epoch.firstLeaf);
}
