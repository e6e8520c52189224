import { EntityManager } from 'typeorm';
import { Hash, merkleOf, SubtreeAccumulator, subtreeKey, SubtreeNode, SubtreeRef } from '@app/audit';
import { LogEpoch } from './log-epochs';
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

/** What the leaves recomputed from the events give, for the checks that follow them. */
export interface LeafStreamFindings {
  /** The first stored subtree missing or altered, lowest leaf first; null when all agree. */
  readonly subtree: SubtreeProblem | null;
  /** The root of an epoch's first `size` leaves, for each size asked; undefined when the leaves ended before it. */
  rootAt(epoch: number, size: number): Hash | undefined;
  /** The root of all of an epoch's recomputed leaves (the empty root when none were). */
  rootAtEnd(epoch: number): Hash;
}

/**
 * Takes the leaves recomputed from the events one by one, in log order, and keeps only each epoch's
 * frontier and one slice of leaves, so a check of the whole log needs memory for a slice, not for the
 * log. Each slice's completed subtrees are compared with the stored ones heads and proofs are read
 * from; the roots at the sizes asked (signed heads) and at each epoch's end (its closing statement) are
 * kept as the leaves pass them.
 */
export class LeafStreamCheck {
  private epochIndex = -1;
  private tree: SubtreeAccumulator | null = null;
  private slice: Hash[] = [];
  private count = 0;
  private subtree: SubtreeProblem | null = null;
  private readonly roots = new Map<string, Hash>();
  private readonly ends = new Map<number, Hash>();
  private wanted = new Set<number>();

  constructor(
    private readonly db: Queryable,
    private readonly epochs: readonly LogEpoch[],
    private readonly sizesWanted: (epoch: LogEpoch) => readonly number[] = () => [],
    // Each slice's completed subtrees are read back from the store at once: 10,000 leaves is about 20,000 rows.
    private readonly sliceSize = 10_000,
  ) {}

  /** The next leaf of the log (global index = leaves added so far). */
  async add(leaf: Hash): Promise<void> {
    while (this.epochIndex + 1 < this.epochs.length && this.epochs[this.epochIndex + 1].firstLeaf <= this.count) await this.openNext();
    this.slice.push(leaf);
    this.count++;
    if (this.slice.length >= this.sliceSize) await this.flush();
  }

  async finish(): Promise<LeafStreamFindings> {
    await this.closeEpoch();
    const roots = this.roots;
    const ends = this.ends;
    const epochs = this.epochs;
    return {
      subtree: this.subtree,
      rootAt: (epoch, size) => roots.get(`${epoch}:${size}`),
      rootAtEnd: (epoch) => ends.get(epoch) ?? merkleOf(epochs.find((e) => e.epoch === epoch)!.suite).emptyRoot(),
    };
  }

  private get epoch(): LogEpoch {
    return this.epochs[this.epochIndex];
  }

  private async openNext(): Promise<void> {
    await this.closeEpoch();
    this.epochIndex++;
    this.tree = new SubtreeAccumulator(merkleOf(this.epoch.suite));
    this.wanted = new Set(this.sizesWanted(this.epoch));
    this.keepRootIfWanted();
  }

  private keepRootIfWanted(): void {
    if (this.tree && this.wanted.has(this.tree.size)) this.roots.set(`${this.epoch.epoch}:${this.tree.size}`, this.tree.root());
  }

  private async closeEpoch(): Promise<void> {
    if (!this.tree) return;
    await this.flush();
    this.ends.set(this.epoch.epoch, this.tree.root());
    this.tree = null;
  }

  private async flush(): Promise<void> {
    const tree = this.tree;
    if (!tree || this.slice.length === 0) return;
    const expected: SubtreeNode[] = [];
    for (const leaf of this.slice) {
      expected.push(...tree.append([leaf]));
      this.keepRootIfWanted();
    }
    this.slice = [];
    if (this.subtree) return;
    const stored = await readSubtrees(this.db, this.epoch, expected);
    const bad = expected
      .filter((node) => !stored.get(subtreeKey(node))?.equals(node.hash))
      .sort((a, b) => a.index * 2 ** a.level - b.index * 2 ** b.level || a.level - b.level)[0];
    if (bad)
      this.subtree = {
        epoch: this.epoch.epoch,
        ref: { level: bad.level, index: bad.index },
        firstLeaf: this.epoch.firstLeaf + bad.index * 2 ** bad.level,
        stored: stored.has(subtreeKey(bad)) ? 'different' : 'missing',
      };
  }
}

/**
 * Rebuilds every epoch's complete subtrees from the leaves recomputed from the events, slice by
 * slice, and compares them with the stored ones (linear, as the whole tamper check is). Returns the
 * first one missing or altered, lowest leaf first.
 */
export async function checkStoredSubtrees(
  db: Queryable,
  epochs: readonly LogEpoch[],
  recomputed: readonly Hash[],
  slice = 50_000,
): Promise<SubtreeProblem | null> {
  const check = new LeafStreamCheck(db, epochs, () => [], slice);
  for (const leaf of recomputed) await check.add(leaf);
  return (await check.finish()).subtree;
}
