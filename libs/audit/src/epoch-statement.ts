import { SuiteId, suiteOf } from '@app/crypto';
import { canonicalJson } from './canonical';
import { SignedTreeHead, verifyTreeHead } from './tree-head';

/** One side of an epoch switch: its suite, its key, where its leaves start, and its boundary head. */
export interface EpochSide {
  readonly epoch: number;
  readonly suite: SuiteId;
  readonly publicKeyPem: string;
  /** Global index of the epoch's first leaf. */
  readonly firstLeaf: number;
  /** previous: the last head of the old epoch (all its leaves); next: the new epoch's first head (size 0). */
  readonly head: SignedTreeHead;
}

/**
 * Opens a new log epoch under another suite: the old epoch's last head and the new epoch's first,
 * bound together and signed with both keys, so history stays verifiable end to end across the switch.
 */
export interface EpochStatement {
  readonly timestamp: string;
  readonly previous: EpochSide;
  readonly next: EpochSide;
  /** base64: `previous` with the old suite and key, `next` with the new, both over statementMessage. */
  readonly signatures: { readonly previous: string; readonly next: string };
}

export function epochStatementMessage(statement: Omit<EpochStatement, 'signatures'>): Buffer {
  return Buffer.from(canonicalJson({ next: statement.next, previous: statement.previous, timestamp: statement.timestamp }), 'utf8');
}

export function signEpochStatement(
  body: Omit<EpochStatement, 'signatures'>,
  previousPrivateKeyPem: string,
  nextPrivateKeyPem: string,
): EpochStatement {
  const message = epochStatementMessage(body);
  return {
    ...body,
    signatures: {
      previous: suiteOf(body.previous.suite).sign(message, previousPrivateKeyPem).toString('base64'),
      next: suiteOf(body.next.suite).sign(message, nextPrivateKeyPem).toString('base64'),
    },
  };
}

const samePem = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/**
 * Checks a statement offline: both signatures with the keys it names (which must be the trusted ones
 * when given), both boundary heads signed by their own epoch's key in their own suite, the new epoch
 * starting right after the old one's last leaf, and its first head empty.
 */
export function verifyEpochStatement(
  statement: EpochStatement,
  trusted: { previous?: string; next?: string } = {},
): { ok: boolean; problem: string | null } {
  const fail = (problem: string) => ({ ok: false, problem });
  const { previous, next } = statement;
  if (trusted.previous && !samePem(trusted.previous, previous.publicKeyPem)) return fail('the old epoch’s key is not the trusted one');
  if (trusted.next && !samePem(trusted.next, next.publicKeyPem)) return fail('the new epoch’s key is not the trusted one');
  if (next.epoch !== previous.epoch + 1) return fail(`epoch ${next.epoch} does not follow epoch ${previous.epoch}`);
  let message: Buffer;
  try {
    message = epochStatementMessage(statement);
    if (!suiteOf(previous.suite).verify(message, Buffer.from(statement.signatures.previous, 'base64'), previous.publicKeyPem))
      return fail('the statement is not signed with the old epoch’s key');
    if (!suiteOf(next.suite).verify(message, Buffer.from(statement.signatures.next, 'base64'), next.publicKeyPem))
      return fail('the statement is not signed with the new epoch’s key');
  } catch (error: unknown) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if ((previous.head.suite ?? 'international') !== previous.suite || !verifyTreeHead(previous.head, previous.publicKeyPem))
    return fail('the old epoch’s last head is not signed with its key and suite');
  if ((next.head.suite ?? 'international') !== next.suite || !verifyTreeHead(next.head, next.publicKeyPem))
    return fail('the new epoch’s first head is not signed with its key and suite');
  if (previous.firstLeaf + previous.head.treeSize !== next.firstLeaf)
    return fail(`the new epoch starts at leaf ${next.firstLeaf}, not right after the old epoch's last leaf`);
  if (next.head.treeSize !== 0 || next.head.rootHash !== suiteOf(next.suite).hash().toString('hex'))
    return fail('the new epoch’s first head is not the empty tree');
  return { ok: true, problem: null };
}
