import { suiteOf, SuiteId } from '@app/crypto';
import { LeafEntry, leafEntryBytes } from './canonical';
import { merkleOf } from './merkle';
import { SignedTreeHead, verifyTreeHead } from './tree-head';

export const PACKAGE_FORMAT = 'cloud-warehouse-audit-package/1';

/** What an auditor takes away: written as manifest.json, tree-head.json, events.jsonl and proofs.jsonl. */
export interface AuditPackage {
  readonly manifest: {
    readonly format: string;
    readonly departmentId: string;
    readonly from: string;
    readonly to: string;
    readonly generatedAt: string;
    readonly eventCount: number;
    readonly treeSize: number;
    readonly rootHash: string;
    readonly publicKeyPem: string;
    /** The algorithms of the log and the head (packages made before suites have none: `international`). */
    readonly suite?: SuiteId;
  };
  readonly treeHead: SignedTreeHead;
  /** One event per line of events.jsonl. */
  readonly events: readonly LeafEntry[];
  /** Line i of proofs.jsonl proves event i. */
  readonly proofs: readonly { readonly eventId: string; readonly leafIndex: number; readonly path: readonly string[] }[];
}

export interface PackageVerdict {
  readonly ok: boolean;
  readonly eventsVerified: number;
  readonly problem: string | null;
  /** The first event that failed, when one did. */
  readonly badEvent: { readonly eventId: string; readonly leafIndex: number } | null;
}

const fail = (problem: string, eventsVerified = 0, badEvent: PackageVerdict['badEvent'] = null): PackageVerdict => ({
  ok: false,
  eventsVerified,
  problem,
  badEvent,
});

/**
 * Checks a package with no database: the tree head's signature (with the key the auditor trusts),
 * the manifest against the head, and every event's content against its inclusion proof, all in the
 * suite the head names.
 */
export function verifyPackage(pkg: AuditPackage, trustedPublicKeyPem: string): PackageVerdict {
  if (pkg.manifest.format !== PACKAGE_FORMAT) return fail(`unknown package format ${pkg.manifest.format}`);
  if ((pkg.manifest.suite ?? 'international') !== (pkg.treeHead.suite ?? 'international'))
    return fail(
      `the manifest names suite ${pkg.manifest.suite ?? 'international'}, the tree head ${pkg.treeHead.suite ?? 'international'}`,
    );
  let merkle;
  try {
    merkle = merkleOf(suiteOf(pkg.treeHead.suite));
  } catch (error: unknown) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (!verifyTreeHead(pkg.treeHead, trustedPublicKeyPem)) return fail('the tree head is not signed by the trusted key');
  if (pkg.manifest.treeSize !== pkg.treeHead.treeSize || pkg.manifest.rootHash !== pkg.treeHead.rootHash)
    return fail('the manifest does not match the signed tree head');
  if (pkg.events.length !== pkg.manifest.eventCount || pkg.proofs.length !== pkg.events.length)
    return fail('the manifest does not match the number of events and proofs');
  const root = Buffer.from(pkg.treeHead.rootHash, 'hex');
  for (let i = 0; i < pkg.events.length; i++) {
    const event = pkg.events[i];
    const proof = pkg.proofs[i];
    const bad = { eventId: event.eventId, leafIndex: proof.leafIndex };
    if (proof.eventId !== event.eventId) return fail(`proof ${i} is for ${proof.eventId}, not ${event.eventId}`, i, bad);
    const leaf = merkle.leafHash(leafEntryBytes(event));
    const path = proof.path.map((h) => Buffer.from(h, 'hex'));
    if (!merkle.verifyInclusion(leaf, proof.leafIndex, pkg.treeHead.treeSize, path, root)) {
      return fail(`event ${event.eventId} (${event.streamId}@${event.revision}) is not in the signed log as given`, i, bad);
    }
  }
  return { ok: true, eventsVerified: pkg.events.length, problem: null, badEvent: null };
}

/** Checks that a later signed tree head extends an earlier one (nothing before it was rewritten). */
export function verifyTreeHeadConsistency(
  older: SignedTreeHead,
  newer: SignedTreeHead,
  proof: readonly string[],
  trustedPublicKeyPem: string,
): PackageVerdict {
  if (!verifyTreeHead(older, trustedPublicKeyPem) || !verifyTreeHead(newer, trustedPublicKeyPem))
    return fail('a tree head is not signed by the trusted key');
  if ((older.suite ?? 'international') !== (newer.suite ?? 'international'))
    return fail(
      `tree heads of two suites (${older.suite ?? 'international'}, ${newer.suite ?? 'international'}) cannot extend one another`,
    );
  const ok = merkleOf(suiteOf(newer.suite)).verifyConsistency(
    older.treeSize,
    newer.treeSize,
    Buffer.from(older.rootHash, 'hex'),
    Buffer.from(newer.rootHash, 'hex'),
    proof.map((h) => Buffer.from(h, 'hex')),
  );
  return ok
    ? { ok: true, eventsVerified: 0, problem: null, badEvent: null }
    : fail(`tree head ${newer.treeSize} does not extend tree head ${older.treeSize}`);
}
