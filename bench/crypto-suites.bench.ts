// Leaves hashed per second, proof times and tree-head signatures under each cryptographic suite.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { leafEntryBytes, merkleOf, signTreeHead, verifyTreeHead } from '@app/audit';
import { CryptoSuite, gmSuite, internationalSuite } from '@app/crypto';
import { writeBenchmarkSection } from './benchmarks-file';

const LEAVES = 100_000;

const PROOFS = 20;
const SIGNATURES = 200;

/** A leaf as the log hashes it: a typical registration event (about 600 bytes of canonical JSON). */
const entry = (i: number) =>
  leafEntryBytes({
    streamId: `asset-00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    revision: '0',
    eventId: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
    type: 'asset.registered.v1',
    data: {
      assetNo: `BENCH-${i}`,
      name: '台式计算机',
      categoryCode: 'A02010200',
      departmentId: 'D-SCH1',
      custodian: '李四',
      location: '教学楼101',
      acquiredOn: '2022-03-01',
      originalValueFen: 499900,
      accumulatedDepreciationFen: 100000,
      quantity: 1,
      unit: '台',
      condition: 'good',
    },
    metadata: { actorId: 'mgr-sch1', actorRole: 'asset_manager', departmentId: 'D-SCH1', occurredAt: '2026-11-28T00:00:00.000Z' },
  });

const timed = <T>(work: () => T): [T, number] => {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
};

function measure(suite: CryptoSuite, leafCount: number) {
  const merkle = merkleOf(suite);
  const entries = Array.from({ length: leafCount }, (_, i) => entry(i));
  const [leaves, hashMs] = timed(() => entries.map((e) => merkle.leafHash(e)));
  const [root, rootMs] = timed(() => merkle.rootOf(leaves));
  const picks = Array.from({ length: PROOFS }, (_, i) => Math.floor((i * leafCount) / PROOFS));
  const [proofs, proveMs] = timed(() => picks.map((m) => merkle.inclusionProof(leaves, m)));
  const [ok, verifyMs] = timed(() => picks.every((m, i) => merkle.verifyInclusion(leaves[m], m, leafCount, proofs[i], root)));
  if (!ok) throw new Error(`${suite.id}: a proof did not verify`);
  const key = suite.generateSigningKey();
  const publicKey = suite.publicKeyOf(key);
  const [heads, signMs] = timed(() =>
    Array.from({ length: SIGNATURES }, (_, i) =>
      signTreeHead({ treeSize: i + 1, rootHash: root.toString('hex'), timestamp: new Date(0).toISOString() }, suite, key, 'bench'),
    ),
  );
  const [signed, checkMs] = timed(() => heads.every((h) => verifyTreeHead(h, publicKey)));
  if (!signed) throw new Error(`${suite.id}: a tree head did not verify`);
  return {
    leavesPerSecond: Math.round(leafCount / (hashMs / 1000)),
    rootMs,
    proofMs: proveMs / PROOFS,
    verifyMs: verifyMs / PROOFS,
    signMs: signMs / SIGNATURES,
    checkMs: checkMs / SIGNATURES,
  };
}

// A smaller round of each first, so neither column pays for the JIT and the first allocations.
measure(internationalSuite, LEAVES / 10);
measure(gmSuite, LEAVES / 10);
const base = measure(internationalSuite, LEAVES);
const gm = measure(gmSuite, LEAVES);
const ratio = (a: number, b: number) => (a / b).toFixed(2);
const ms = (v: number) => `${v < 1 ? v.toFixed(3) : v.toFixed(1)} ms`;
const rows = [
  `| leaves hashed per second (≈600-byte events) | ${base.leavesPerSecond.toLocaleString('en')} | ${gm.leavesPerSecond.toLocaleString('en')} | ${ratio(gm.leavesPerSecond, base.leavesPerSecond)} |`,
  `| root of ${LEAVES.toLocaleString('en')} leaves | ${ms(base.rootMs)} | ${ms(gm.rootMs)} | ${ratio(gm.rootMs, base.rootMs)} |`,
  `| one inclusion proof in ${LEAVES.toLocaleString('en')} leaves (mean of ${PROOFS.toLocaleString('en')}) | ${ms(base.proofMs)} | ${ms(gm.proofMs)} | ${ratio(gm.proofMs, base.proofMs)} |`,
  `| verifying one inclusion proof | ${ms(base.verifyMs)} | ${ms(gm.verifyMs)} | ${ratio(gm.verifyMs, base.verifyMs)} |`,
  `| signing one tree head (Ed25519 / SM2) | ${ms(base.signMs)} | ${ms(gm.signMs)} | ${ratio(gm.signMs, base.signMs)} |`,
  `| verifying one tree head | ${ms(base.checkMs)} | ${ms(gm.checkMs)} | ${ratio(gm.checkMs, base.checkMs)} |`,
];
writeBenchmarkSection(
  'crypto-suites',
  'Audit log under each cryptographic suite (international vs 国密)',
  [
    'Measured by `bench/crypto-suites.bench.ts` in one process, one run: the international suite (SHA-256, Ed25519 from Node/OpenSSL) is the',
    'baseline, 国密 (SM3 from Node/OpenSSL, SM2 from sm-crypto in JavaScript) the other column; ratio = 国密 ÷ international (higher is slower,',
    'except leaves per second, where lower is slower). A proof is built from the leaf hashes in memory, as the log service does (it rehashes the subtrees beside the path: linear in the log).',
    `Load average when it finished: ${loadavg()[0].toFixed(1)} (other work shares the cores; the ratios are the figure to trust).`,
    '',
    '| measure | international | 国密 (gm) | ratio |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
  ].join('\n'),
);
console.log(rows.join('\n'));
