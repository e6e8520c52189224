import { createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import { canonicalJson } from './canonical';

/** A signed tree head: the log's size and root at a time, signed so that outsiders can keep it. */
export interface SignedTreeHead {
  readonly treeSize: number;
  /** hex SHA-256 */
  readonly rootHash: string;
  readonly timestamp: string;
  /** base64 Ed25519 signature over the canonical JSON of {rootHash, timestamp, treeSize} */
  readonly signature: string;
  readonly keyId: string;
}

export function treeHeadMessage(head: Pick<SignedTreeHead, 'treeSize' | 'rootHash' | 'timestamp'>): Buffer {
  return Buffer.from(canonicalJson({ rootHash: head.rootHash, timestamp: head.timestamp, treeSize: head.treeSize }), 'utf8');
}

export function signTreeHead(
  head: Pick<SignedTreeHead, 'treeSize' | 'rootHash' | 'timestamp'>,
  privateKey: KeyObject,
  keyId: string,
): SignedTreeHead {
  return { ...head, keyId, signature: sign(null, treeHeadMessage(head), privateKey).toString('base64') };
}

export function verifyTreeHead(head: SignedTreeHead, publicKeyPem: string): boolean {
  try {
    return verify(null, treeHeadMessage(head), createPublicKey(publicKeyPem), Buffer.from(head.signature, 'base64'));
  } catch {
    return false;
  }
}

export function loadPrivateKey(pem: string): KeyObject {
  return createPrivateKey(pem);
}

export function publicKeyPemOf(privateKey: KeyObject): string {
  return createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
}
