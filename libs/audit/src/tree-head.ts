import { CryptoSuite, SuiteId, suiteOf } from '@app/crypto';
import { canonicalJson } from './canonical';

/** A signed tree head: the log's size and root at a time, signed so that outsiders can keep it. */
export interface SignedTreeHead {
  readonly treeSize: number;
  /** hex, in the suite's hash */
  readonly rootHash: string;
  readonly timestamp: string;
  /** base64 signature, in the suite's signature scheme, over treeHeadMessage */
  readonly signature: string;
  readonly keyId: string;
  /** The algorithms of root and signature; heads signed before suites existed have none and are `international`. */
  readonly suite?: SuiteId;
}

/**
 * The signed bytes: canonical JSON of {rootHash, timestamp, treeSize}, and the suite's name when it
 * is not `international` (whose heads keep the message they had before suites, so they still verify),
 * so a head cannot be passed off as built with another suite.
 */
export function treeHeadMessage(head: Pick<SignedTreeHead, 'treeSize' | 'rootHash' | 'timestamp' | 'suite'>): Buffer {
  const suite = head.suite && head.suite !== 'international' ? head.suite : undefined;
  return Buffer.from(canonicalJson({ rootHash: head.rootHash, suite, timestamp: head.timestamp, treeSize: head.treeSize }), 'utf8');
}

export function signTreeHead(
  head: Pick<SignedTreeHead, 'treeSize' | 'rootHash' | 'timestamp'>,
  suite: CryptoSuite,
  privateKeyPem: string,
  keyId: string,
): SignedTreeHead {
  const named = { ...head, suite: suite.id };
  return { ...named, keyId, signature: suite.sign(treeHeadMessage(named), privateKeyPem).toString('base64') };
}

/** Checks the signature with the head's own suite; a head of an unknown suite does not verify. */
export function verifyTreeHead(head: SignedTreeHead, publicKeyPem: string): boolean {
  try {
    return suiteOf(head.suite).verify(treeHeadMessage(head), Buffer.from(head.signature, 'base64'), publicKeyPem);
  } catch {
    return false;
  }
}
