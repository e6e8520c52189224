import { EntityManager } from 'typeorm';
import { Hash, merkleOf, SubtreeAccumulator, subtreeKey, SubtreeRef } from '@app/audit';
import { endOf, LogEpoch } from './log-epochs';
import { readSubtrees } from './subtree-store';

type Queryable = Pick<EntityManager, 'query'>;

/** A stored subtree that is not what the recomputed leaves give. */
export interface SubtreeProblem {
  readonly epoch: number;
  readonly ref: SubtreeRef;
  /** Its first leaf, as a global leaf index. */
  readonly firstLeaf: number;
  readonly stored: 'missing' | 'different';
}

/**
 * Rebuilds every epoch's complete subtrees from the leaves recomputed from the events, slice by
 * slice, and compares them with the stored ones heads and proofs are read from (linear, as the whole
 * tamper check is). Returns the first one missing or altered, lowest leaf first.
 */
export async function checkStoredSubtrees(
  db: Queryable,
  epochs: readonly LogEpoch[],
  recomputed: readonly Hash[],
  slice = 50_000,
): Promise<SubtreeProblem | null> {
  for (const epoch of epochs) {
    const end = Math.min(recomputed.length, endOf(epochs, epoch) ?? recomputed.length);
    const tree = new SubtreeAccumulator(merkleOf(epoch.suite));
    for (let from = epoch.firstLeaf; from < end; from += slice) {
      const expected = tree.append(recomputed.slice(from, Math.min(end, from + slice)));
      const stored = await readSubtrees(db, epoch, expected);
      const bad = expected
        .filter((node) => !stored.get(subtreeKey(node))?.equals(node.hash))
        .sort((a, b) => a.index * 2 ** a.level - b.index * 2 ** b.level || a.level - b.level)[0];
      if (bad)
        return {
          epoch: epoch.epoch,
          ref: { level: bad.level, index: bad.index },
          firstLeaf: epoch.firstLeaf + bad.index * 2 ** bad.level,
          stored: stored.has(subtreeKey(bad)) ? 'different' : 'missing',
        };
    }
  }
  return null;
}
