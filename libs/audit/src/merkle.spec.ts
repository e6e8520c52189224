import { createHash } from 'node:crypto';
import { gmSuite, internationalSuite } from '@app/crypto';
import { merkleOf } from './merkle';

/** The RFC 9162 algorithms are the same under either suite: every check below runs with SHA-256 and with SM3. */
describe.each([
  { suite: internationalSuite, algorithm: 'sha256', empty: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
  { suite: gmSuite, algorithm: 'sm3', empty: '1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b' },
])('RFC 9162 Merkle tree with $algorithm', ({ suite, algorithm, empty }) => {
  const { consistencyProof, emptyRoot, inclusionProof, leafHash, nodeHash, rootOf, verifyConsistency, verifyInclusion } = merkleOf(suite);
  const leaves = (n: number) => Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`event-${i}`)));

  it('hashes leaves and nodes with the 0x00 / 0x01 domain separation', () => {
    expect(
      leafHash(Buffer.from('a')).equals(
        createHash(algorithm)
          .update(Buffer.from([0, 0x61]))
          .digest(),
      ),
    ).toBe(true);
    expect(emptyRoot().toString('hex')).toBe(empty);
  });

  it('splits at the largest power of two below n', () => {
    const l = leaves(3);
    expect(rootOf(l).equals(nodeHash(nodeHash(l[0], l[1]), l[2]))).toBe(true);
    const five = leaves(5);
    expect(rootOf(five).equals(nodeHash(nodeHash(nodeHash(five[0], five[1]), nodeHash(five[2], five[3])), five[4]))).toBe(true);
  });

  it('proves and verifies inclusion of every leaf in trees of every size up to 33', () => {
    for (let n = 1; n <= 33; n++) {
      const l = leaves(n);
      const root = rootOf(l);
      for (let m = 0; m < n; m++) expect(verifyInclusion(l[m], m, n, inclusionProof(l, m, n), root)).toBe(true);
    }
  });

  it('proves and verifies consistency between every pair of sizes up to 33', () => {
    const l = leaves(33);
    for (let n = 1; n <= 33; n++) {
      for (let m = 1; m <= n; m++) {
        expect(verifyConsistency(m, n, rootOf(l, 0, m), rootOf(l, 0, n), consistencyProof(l, m, n))).toBe(true);
      }
    }
  });

  it('rejects forged or mismatched proofs', () => {
    const l = leaves(10);
    const root = rootOf(l);
    const proof = inclusionProof(l, 4);
    expect(verifyInclusion(l[5], 4, 10, proof, root)).toBe(false);
    const eleven = [...l, leafHash(Buffer.from('event-10'))];
    expect(verifyInclusion(l[4], 4, 11, proof, rootOf(eleven))).toBe(false);
    expect(verifyInclusion(l[4], 4, 11, inclusionProof(eleven, 4), rootOf(eleven))).toBe(true);
    const forged = [...proof];
    forged[1] = leafHash(Buffer.from('forged'));
    expect(verifyInclusion(l[4], 4, 10, forged, root)).toBe(false);
    expect(verifyInclusion(l[4], 4, 10, proof.slice(1), root)).toBe(false);
    const c = consistencyProof(l, 3, 10);
    const rewritten = [...l];
    rewritten[1] = leafHash(Buffer.from('rewritten'));
    expect(verifyConsistency(3, 10, rootOf(rewritten, 0, 3), root, c)).toBe(false);
    expect(verifyConsistency(3, 10, rootOf(l, 0, 3), root, c)).toBe(true);
    expect(verifyConsistency(3, 10, rootOf(l, 0, 3), rootOf(rewritten), c)).toBe(false);
  });
});

describe('one tree, two suites', () => {
  it('gives different roots for the same entries, so a head names the suite it was built with', () => {
    const entries = [Buffer.from('a'), Buffer.from('b')];
    const sha = merkleOf(internationalSuite);
    const sm3 = merkleOf(gmSuite);
    expect(sha.rootOf(entries.map(sha.leafHash)).equals(sm3.rootOf(entries.map(sm3.leafHash)))).toBe(false);
  });
});
