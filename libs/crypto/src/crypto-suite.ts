/**
 * The algorithms a deployment uses, as one setting:
 *  - `international`: SHA-256, Ed25519, AES-256-GCM;
 *  - `gm` (国密, for 密评 under GB/T 39786-2021): SM3, SM2 with the standard distinguishing
 *    identifier, SM4 in CTR mode with an SM3-HMAC over it (encrypt-then-MAC: this Node build has no
 *    SM4-GCM).
 * The Merkle log, tree-head signatures, audit packages, the standalone verifier and personal-data
 * encryption all take their primitives from here, so a suite is one choice and nothing else changes.
 */
export const SUITE_IDS = ['international', 'gm'] as const;
export type SuiteId = (typeof SUITE_IDS)[number];

export interface CryptoSuite {
  readonly id: SuiteId;
  /** Names as a report or an assessor would write them. */
  readonly algorithms: { readonly hash: string; readonly signature: string; readonly encryption: string };
  /** The suite's hash over the parts, in order (one digest, not a hash per part). */
  hash(...parts: Buffer[]): Buffer;
  /** A fresh private signing key, PEM (PKCS#8). */
  generateSigningKey(): string;
  /** The public key (PEM, SPKI) of a private key; refuses a key of another suite. */
  publicKeyOf(privateKeyPem: string): string;
  sign(message: Buffer, privateKeyPem: string): Buffer;
  /** False for a wrong signature, a key of another suite, or anything unreadable: never throws. */
  verify(message: Buffer, signature: Buffer, publicKeyPem: string): boolean;
  /** Bytes of a data key for seal/open. */
  readonly dataKeyBytes: number;
  /** Authenticated encryption; `context` is bound to the ciphertext (e.g. whose data, which field). */
  seal(dataKey: Buffer, plaintext: Buffer, context: Buffer): Buffer;
  /** Throws when the ciphertext, its context or the key do not match. */
  open(dataKey: Buffer, sealed: Buffer, context: Buffer): Buffer;
}

export class WrongSuiteKeyError extends Error {}
export class SealBrokenError extends Error {
  constructor() {
    super('the ciphertext does not open with this key and context (altered, or another key)');
  }
}
