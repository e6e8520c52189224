import fc from 'fast-check';
import { gmSuite, internationalSuite } from '@app/crypto';
import { merkleOf } from './merkle';
import {
  completedSubtrees,
  consistencyRanges,
  inclusionRanges,
  rootSubtrees,
  storedTree,
  SubtreeAccumulator,
  subtreeKey,
  subtreesOf,
} from './stored-tree';

/** Stored subtrees must give exactly what the all-leaves functions give: same roots, same proofs, in both suites. */
describe.each([
  { suite: internationalSuite, algorithm: 'sha256' },
  { suite: gmSuite, algorithm: 'sm3' },
])('stored subtrees with $algorithm', ({ suite }) => {
  const merkle = merkleOf(suite);
  const leavesOf = (n: number, seed: number) => Array.from({ length: n }, (_, i) => merkle.leafHash(Buffer.from(`event-${seed}-${i}`)));

  /** Appends the leaves in the given chunks, as the projection does batch by batch, storing what each chunk completes. */
  function storeInChunks(leaves: Buffer[], chunks: number[]): Map<string, Buffer> {
    const stored = new Map<string, Buffer>(leaves.map((hash, index) => [subtreeKey({ level: 0, index }), hash]));
    let size = 0;
    for (const chunk of [...chunks, leaves.length]) {
      const end = Math.min(leaves.length, size + chunk);
      const frontier = rootSubtrees(size).map((ref) => stored.get(subtreeKey(ref))!);
      for (const node of completedSubtrees(merkle, size, frontier, leaves.slice(size, end))) {
        expect(stored.has(subtreeKey(node))).toBe(false);
        stored.set(subtreeKey(node), node.hash);
      }
      size = end;
    }
    return stored;
  }

  const lookupIn = (stored: Map<string, Buffer>) => (ref: { level: number; index: number }) => {
    const hash = stored.get(subtreeKey(ref));
    if (!hash) throw new Error(`subtree ${subtreeKey(ref)} is not stored`);
    return hash;
  };

  it('stores every complete subtree once, and nothing incomplete', () => {
    const leaves = leavesOf(13, 0);
    const stored = storeInChunks(leaves, [1, 4, 3]);
    // Level ≥ 1 nodes of a 13-leaf tree: 6 + 3 + 1 = 10.
    expect(stored.size - leaves.length).toBe(10);
    expect(stored.get('3:0')!.equals(merkle.rootOf(leaves, 0, 8))).toBe(true);
    expect(stored.get('2:2')!.equals(merkle.rootOf(leaves, 8, 12))).toBe(true);
    expect(stored.has('2:3')).toBe(false);
    expect(stored.has('1:6')).toBe(false);
  });

  it('splits a range into aligned perfect subtrees, largest first', () => {
    expect(subtreesOf(0, 13)).toEqual([
      { level: 3, index: 0 },
      { level: 2, index: 2 },
      { level: 0, index: 12 },
    ]);
    expect(subtreesOf(8, 11)).toEqual([
      { level: 1, index: 4 },
      { level: 0, index: 10 },
    ]);
    expect(subtreesOf(5, 5)).toEqual([]);
  });

  it('gives the all-leaves roots, inclusion and consistency proofs for any size, index and batching', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
        (n, chunks, seed, picks) => {
          const leaves = leavesOf(n, seed);
          const tree = storedTree(merkle, lookupIn(storeInChunks(leaves, chunks)));
          expect(tree.root(n).equals(merkle.rootOf(leaves))).toBe(true);
          for (const [a, b] of picks) {
            const size = (b % n) + 1;
            const m = a % size;
            expect(tree.root(size).equals(merkle.rootOf(leaves, 0, size))).toBe(true);
            expect(tree.inclusionProof(m, size)).toEqual(merkle.inclusionProof(leaves, m, size));
            expect(tree.consistencyProof(m + 1, size)).toEqual(merkle.consistencyProof(leaves, m + 1, size));
            expect(merkle.verifyInclusion(leaves[m], m, size, tree.inclusionProof(m, size), tree.root(size))).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('agrees with the all-leaves functions at every index of every size up to 40', () => {
    const leaves = leavesOf(40, 7);
    const tree = storedTree(merkle, lookupIn(storeInChunks(leaves, [5, 9])));
    for (let n = 1; n <= 40; n++) {
      expect(tree.root(n)).toEqual(merkle.rootOf(leaves, 0, n));
      for (let m = 0; m < n; m++) expect(tree.inclusionProof(m, n)).toEqual(merkle.inclusionProof(leaves, m, n));
      for (let m = 1; m <= n; m++) expect(tree.consistencyProof(m, n)).toEqual(merkle.consistencyProof(leaves, m, n));
    }
  });

  it('reads O(log n) subtrees at ten million leaves', () => {
    const n = 10_000_000;
    expect(rootSubtrees(n).length).toBeLessThanOrEqual(24);
    expect(inclusionRanges(1_234_567, n).flatMap(([a, b]) => subtreesOf(a, b)).length).toBeLessThanOrEqual(2 * 24);
    expect(consistencyRanges(7_654_321, n).flatMap(([a, b]) => subtreesOf(a, b)).length).toBeLessThanOrEqual(2 * 24);
  });

  it('gives the empty root for an empty tree and refuses proofs outside the tree', () => {
    const tree = storedTree(merkle, () => {
      throw new Error('nothing is stored');
    });
    expect(tree.root(0)).toEqual(merkle.emptyRoot());
    expect(() => tree.inclusionProof(3, 3)).toThrow(RangeError);
    expect(() => tree.consistencyProof(0, 3)).toThrow(RangeError);
    expect(() => tree.consistencyProof(4, 3)).toThrow(RangeError);
  });

  it('gives the root of every size from the frontier alone, leaf by leaf, as the all-leaves function does', () => {
    const leaves = leavesOf(70, 9);
    const tree = new SubtreeAccumulator(merkle);
    expect(tree.root().equals(merkle.rootOf([]))).toBe(true);
    for (let n = 1; n <= leaves.length; n++) {
      tree.append([leaves[n - 1]]);
      expect(tree.root().toString('hex')).toBe(merkle.rootOf(leaves, 0, n).toString('hex'));
    }
  });

  it('refuses a frontier that does not match the size', () => {
    expect(() => completedSubtrees(merkle, 3, [], [])).toThrow(RangeError);
  });
});
