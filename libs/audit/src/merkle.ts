import type { CryptoSuite } from '@app/crypto';

/**
 * Merkle tree hashing of RFC 9162 (Certificate Transparency v2), section 2.1, with the suite's hash H
 * (SHA-256 in the international suite, SM3 in 国密):
 *   leaf hash  = H(0x00 || entry)
 *   node hash  = H(0x01 || left || right)
 *   MTH({})    = H()
 *   MTH(D[n])  = node(MTH(D[0:k]), MTH(D[k:n])) with k the largest power of two smaller than n.
 * Pure: no database, so the standalone verifier uses the very same code.
 */
export type Hash = Buffer;

export interface Merkle {
  leafHash(entry: Buffer): Hash;
  nodeHash(left: Hash, right: Hash): Hash;
  emptyRoot(): Hash;
  /** MTH over leaf hashes [from, to). */
  rootOf(leaves: readonly Hash[], from?: number, to?: number): Hash;
  /** PATH(m, D[n]): the inclusion proof of leaf m in the tree of the first n leaves (RFC 9162 2.1.3.1). */
  inclusionProof(leaves: readonly Hash[], m: number, n?: number): Hash[];
  /** PROOF(m, D[n]): the consistency proof between trees of sizes m and n (RFC 9162 2.1.4.1). */
  consistencyProof(leaves: readonly Hash[], m: number, n?: number): Hash[];
  /** Verifies an inclusion proof (RFC 9162 2.1.3.2). */
  verifyInclusion(leaf: Hash, index: number, treeSize: number, proof: readonly Hash[], root: Hash): boolean;
  /** Verifies a consistency proof between two tree heads (RFC 9162 2.1.4.2). */
  verifyConsistency(firstSize: number, secondSize: number, firstRoot: Hash, secondRoot: Hash, proof: readonly Hash[]): boolean;
}

// The domain separators of RFC 9162; the suites' hash only reads its parts, so one buffer each serves every call.
const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);
// A log hashes every event with the same suite: its tree functions are made once per suite, not once per leaf.
const made = new WeakMap<Pick<CryptoSuite, 'hash'>, Merkle>();

/** The tree functions over one suite's hash. */
export function merkleOf(suite: Pick<CryptoSuite, 'hash'>): Merkle {
  let merkle = made.get(suite);
  if (!merkle) made.set(suite, (merkle = treeFunctions(suite)));
  return merkle;
}

function treeFunctions(suite: Pick<CryptoSuite, 'hash'>): Merkle {
  const leafHash = (entry: Buffer): Hash => suite.hash(LEAF_PREFIX, entry);
  const nodeHash = (left: Hash, right: Hash): Hash => suite.hash(NODE_PREFIX, left, right);
  const emptyRoot = (): Hash => suite.hash();

  function rootOf(leaves: readonly Hash[], from = 0, to = leaves.length): Hash {
    const n = to - from;
    if (n === 0) return emptyRoot();
    if (n === 1) return leaves[from];
    const k = largestPowerOfTwoBelow(n);
    return nodeHash(rootOf(leaves, from, from + k), rootOf(leaves, from + k, to));
  }

  function inclusionProof(leaves: readonly Hash[], m: number, n = leaves.length): Hash[] {
    if (m < 0 || m >= n || n > leaves.length) throw new RangeError(`leaf ${m} is not in a tree of size ${n}`);
    const path = (index: number, from: number, to: number): Hash[] => {
      const size = to - from;
      if (size === 1) return [];
      const k = largestPowerOfTwoBelow(size);
      return index < k
        ? [...path(index, from, from + k), rootOf(leaves, from + k, to)]
        : [...path(index - k, from + k, to), rootOf(leaves, from, from + k)];
    };
    return path(m, 0, n);
  }

  function consistencyProof(leaves: readonly Hash[], m: number, n = leaves.length): Hash[] {
    if (m < 1 || m > n || n > leaves.length) throw new RangeError(`no consistency proof from ${m} to ${n}`);
    const subproof = (size: number, from: number, to: number, complete: boolean): Hash[] => {
      const count = to - from;
      if (size === count) return complete ? [] : [rootOf(leaves, from, to)];
      const k = largestPowerOfTwoBelow(count);
      return size <= k
        ? [...subproof(size, from, from + k, complete), rootOf(leaves, from + k, to)]
        : [...subproof(size - k, from + k, to, false), rootOf(leaves, from, from + k)];
    };
    return m === n ? [] : subproof(m, 0, n, true);
  }

  function verifyInclusion(leaf: Hash, index: number, treeSize: number, proof: readonly Hash[], root: Hash): boolean {
    if (index >= treeSize || index < 0) return false;
    let fn = index;
    let sn = treeSize - 1;
    let r = leaf;
    for (const p of proof) {
      if (sn === 0) return false;
      if (fn % 2 === 1 || fn === sn) {
        r = nodeHash(p, r);
        if (fn % 2 === 0) {
          while (fn % 2 === 0 && fn !== 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        r = nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn === 0 && r.equals(root);
  }

  function verifyConsistency(firstSize: number, secondSize: number, firstRoot: Hash, secondRoot: Hash, proof: readonly Hash[]): boolean {
    if (firstSize > secondSize || firstSize < 1) return false;
    if (firstSize === secondSize) return proof.length === 0 && firstRoot.equals(secondRoot);
    let path = [...proof];
    if (isPowerOfTwo(firstSize)) path = [firstRoot, ...path];
    if (path.length === 0) return false;
    let fn = firstSize - 1;
    let sn = secondSize - 1;
    while (fn % 2 === 1) {
      fn >>= 1;
      sn >>= 1;
    }
    let fr = path[0];
    let sr = path[0];
    for (const c of path.slice(1)) {
      if (sn === 0) return false;
      if (fn % 2 === 1 || fn === sn) {
        fr = nodeHash(c, fr);
        sr = nodeHash(c, sr);
        if (fn % 2 === 0) {
          while (fn % 2 === 0 && fn !== 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        sr = nodeHash(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return fr.equals(firstRoot) && sr.equals(secondRoot) && sn === 0;
  }

  return { leafHash, nodeHash, emptyRoot, rootOf, inclusionProof, consistencyProof, verifyInclusion, verifyConsistency };
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}
