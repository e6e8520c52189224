import type { Hash, Merkle } from './merkle';

/**
 * The tree kept as Certificate Transparency logs keep it: the hash of every complete (perfect)
 * subtree is stored once, when its last leaf is appended, and never changes. Any root or proof of
 * RFC 9162 is then made of O(log n) stored hashes: every range the RFC's recursion asks for is split
 * into the perfect subtrees of its size's binary decomposition and folded from the right, exactly as
 * MTH would (MTH(D[n]) = node(MTH(D[0:k]), MTH(D[k:n])) with k the largest power of two below n).
 * Pure: the database only supplies the hashes these functions name.
 */

/** The perfect subtree over leaves [index·2^level, (index+1)·2^level); level 0 is a leaf. */
export interface SubtreeRef {
  readonly level: number;
  readonly index: number;
}

/** A stored subtree hash. */
export interface SubtreeNode extends SubtreeRef {
  readonly hash: Hash;
}

/** Leaves [from, to). */
export type LeafRange = readonly [from: number, to: number];

export const subtreeKey = (ref: SubtreeRef): string => `${ref.level}:${ref.index}`;

/** The perfect subtrees covering [from, to), left to right, each as large as alignment and length allow. */
export function subtreesOf(from: number, to: number): SubtreeRef[] {
  const out: SubtreeRef[] = [];
  let at = from;
  while (at < to) {
    let level = 0;
    while (at % 2 ** (level + 1) === 0 && at + 2 ** (level + 1) <= to) level++;
    out.push({ level, index: at / 2 ** level });
    at += 2 ** level;
  }
  return out;
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** The ranges whose roots make PATH(m, D[n]) (RFC 9162 2.1.3.1), in proof order. */
export function inclusionRanges(m: number, n: number): LeafRange[] {
  if (!Number.isSafeInteger(m) || !Number.isSafeInteger(n) || m < 0 || m >= n)
    throw new RangeError(`leaf ${m} is not in a tree of size ${n}`);
  const out: LeafRange[] = [];
  // Top-down the siblings come out root-first; the proof lists them leaf-first.
  let from = 0;
  let to = n;
  let index = m;
  while (to - from > 1) {
    const k = largestPowerOfTwoBelow(to - from);
    if (index < k) {
      out.push([from + k, to]);
      to = from + k;
    } else {
      out.push([from, from + k]);
      from += k;
      index -= k;
    }
  }
  return out.reverse();
}

/** The ranges whose roots make PROOF(m, D[n]) (RFC 9162 2.1.4.1), in proof order. */
export function consistencyRanges(m: number, n: number): LeafRange[] {
  if (!Number.isSafeInteger(m) || !Number.isSafeInteger(n) || m < 1 || m > n)
    throw new RangeError(`no consistency proof from ${m} to ${n}`);
  if (m === n) return [];
  const out: LeafRange[] = [];
  let from = 0;
  let to = n;
  let size = m;
  let complete = true;
  for (;;) {
    if (size === to - from) {
      if (!complete) out.push([from, to]);
      break;
    }
    const k = largestPowerOfTwoBelow(to - from);
    if (size <= k) {
      out.push([from + k, to]);
      to = from + k;
    } else {
      out.push([from, from + k]);
      from += k;
      size -= k;
      complete = false;
    }
  }
  return out.reverse();
}

/** Every stored subtree the ranges need, once each. */
export function subtreesFor(ranges: readonly LeafRange[]): SubtreeRef[] {
  const seen = new Map<string, SubtreeRef>();
  for (const [from, to] of ranges) for (const ref of subtreesOf(from, to)) seen.set(subtreeKey(ref), ref);
  return [...seen.values()];
}

/** Looks a stored subtree up; throws when it is not stored (a log whose subtrees were not all written). */
export type SubtreeLookup = (ref: SubtreeRef) => Hash;

/** Roots and proofs of a tree from its stored subtrees; equal to the all-leaves functions of `merkleOf`. */
export interface StoredTree {
  /** MTH(D[n]). */
  root(n: number): Hash;
  /** MTH over leaves [from, to). */
  rangeRoot(from: number, to: number): Hash;
  inclusionProof(m: number, n: number): Hash[];
  consistencyProof(m: number, n: number): Hash[];
}

export function storedTree(merkle: Merkle, lookup: SubtreeLookup): StoredTree {
  const rangeRoot = (from: number, to: number): Hash => {
    if (to <= from) return merkle.emptyRoot();
    const parts = subtreesOf(from, to).map(lookup);
    let acc = parts[parts.length - 1];
    for (let i = parts.length - 2; i >= 0; i--) acc = merkle.nodeHash(parts[i], acc);
    return acc;
  };
  return {
    root: (n) => rangeRoot(0, n),
    rangeRoot,
    inclusionProof: (m, n) => inclusionRanges(m, n).map(([from, to]) => rangeRoot(from, to)),
    consistencyProof: (m, n) => consistencyRanges(m, n).map(([from, to]) => rangeRoot(from, to)),
  };
}

/** The stored subtrees needed for MTH(D[n]): the perfect subtrees of n's binary decomposition. */
export const rootSubtrees = (n: number): SubtreeRef[] => subtreesOf(0, n);

/**
 * Builds a tree leaf by leaf, keeping only its frontier (the hashes of `rootSubtrees(size)`), and
 * hands out each subtree of level ≥ 1 as its last leaf arrives: what is stored with the leaves.
 */
export class SubtreeAccumulator {
  private readonly stack: SubtreeNode[];
  private next: number;

  /** Continues a tree of `size` leaves whose frontier hashes are given, in order. */
  constructor(
    private readonly merkle: Merkle,
    size = 0,
    frontier: readonly Hash[] = [],
  ) {
    const refs = rootSubtrees(size);
    if (refs.length !== frontier.length)
      throw new RangeError(`a tree of ${size} leaves has ${refs.length} frontier subtrees, not ${frontier.length}`);
    this.stack = refs.map((ref, i) => ({ ...ref, hash: frontier[i] }));
    this.next = size;
  }

  get size(): number {
    return this.next;
  }

  /**
   * MTH of the leaves so far, from the frontier alone: RFC 9162 splits a tree at its largest power of
   * two, so the frontier's subtrees (largest first) fold from the right into the root.
   */
  root(): Hash {
    const stack = this.stack;
    if (stack.length === 0) return this.merkle.emptyRoot();
    let root = stack[stack.length - 1].hash;
    for (let i = stack.length - 2; i >= 0; i--) root = this.merkle.nodeHash(stack[i].hash, root);
    return root;
  }

  /** Appends leaves; returns the subtrees they complete, lowest first within each leaf. */
  append(leaves: readonly Hash[]): SubtreeNode[] {
    const out: SubtreeNode[] = [];
    const stack = this.stack;
    for (const leaf of leaves) {
      stack.push({ level: 0, index: this.next++, hash: leaf });
      while (stack.length >= 2 && stack[stack.length - 1].level === stack[stack.length - 2].level) {
        const right = stack.pop()!;
        const left = stack.pop()!;
        const parent = { level: left.level + 1, index: left.index / 2, hash: this.merkle.nodeHash(left.hash, right.hash) };
        out.push(parent);
        stack.push(parent);
      }
    }
    return out;
  }
}

/**
 * Appends leaves to a tree of `size` leaves whose frontier (the hashes of `rootSubtrees(size)`, in
 * order) is given, and returns the subtrees of level ≥ 1 they complete, to be stored with them.
 */
export function completedSubtrees(merkle: Merkle, size: number, frontier: readonly Hash[], leaves: readonly Hash[]): SubtreeNode[] {
  return new SubtreeAccumulator(merkle, size, frontier).append(leaves);
}
