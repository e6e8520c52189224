import { ConflictException, Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import {
  consistencyRanges,
  EpochStatement,
  Hash,
  inclusionRanges,
  rootSubtrees,
  SignedTreeHead,
  signTreeHead,
  StoredTree,
  SubtreeRef,
  subtreesFor,
  verifyEpochStatement,
  verifyTreeHead,
} from '@app/audit';
import { CryptoSuite, keyIdOf, WrongSuiteKeyError } from '@app/crypto';
import { CRYPTO_SUITE } from '@app/platform/crypto/crypto-suite.module';
import { comparePositions, EVENT_STORE, EventStore, formatPosition, GlobalPosition, RecordedEvent } from '@app/event-store';
import { ConfigError } from '@app/platform/config/validate-config';
import { AuditLogProjection, leafFor } from './audit-log.projection';
import { AuditTreeHeadRow, treeHeadOfRow } from './audit-log.entity';
import { AuditConfig, auditConfig } from './audit.config';
import { assertLogSuite } from './log-suite';
import { endOf, epochOfLeaf, keyOfEpoch, LogEpoch, readEpochs } from './log-epochs';
import { openEpoch } from './open-epoch';
import { epochSize, epochTree } from './subtree-store';
import { LeafStreamCheck, LeafStreamFindings } from './subtree-check';

export interface InclusionProofView {
  eventId: string;
  /** Index within its epoch's tree (the global index less the epoch's first leaf). */
  leafIndex: number;
  epoch: number;
  leafHash: string;
  treeHead: SignedTreeHead;
  proof: string[];
}

export interface Tampering {
  kind: 'altered' | 'missing' | 'unexpected' | 'tree_head_mismatch' | 'bad_signature' | 'epoch_statement' | 'subtree_mismatch';
  leafIndex: number | null;
  eventId: string | null;
  streamId: string | null;
  revision: string | null;
  detail: string;
}

export interface LogVerification {
  ok: boolean;
  /** Events judged: every event up to the audit log's checkpoint. */
  eventsChecked: number;
  treeHeadsChecked: number;
  /** The audit log's checkpoint (global position) the check went up to; null before its first batch. */
  checkedUpTo: string | null;
  /** Events stored after that checkpoint: not hashed yet, so not judged. */
  notYetLogged: number;
  firstProblem: Tampering | null;
}

const hex = (h: Hash) => h.toString('hex');

/** The projection name under which the audit log keeps its checkpoint. */
const AUDIT_LOG_PROJECTION = AuditLogProjection.NAME;

interface StoredLeaf {
  leaf_index: string;
  event_id: string;
  stream_id: string;
  stream_revision: string;
  leaf_hash: Buffer;
}

function problem(
  kind: Tampering['kind'],
  leafIndex: number | null,
  eventId: string | null,
  streamId: string | null,
  revision: string | null,
  detail: string,
): Tampering {
  return { kind, leafIndex, eventId, streamId, revision, detail };
}

/** The store's event at `index` against the log's leaf there: moved, deleted, inserted or altered. */
/**
 * The logged leaves in leaf order, read a page at a time as verification walks forward, up to `last`:
 * verifying holds one page, not the whole log.
 */
class StoredLeafPages {
  private page: StoredLeaf[] = [];
  private first = 0;
  private done = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly last: string | null,
  ) {}

  /** The k-th logged leaf (0-based, in leaf order); k only grows from call to call. */
  async at(k: number): Promise<StoredLeaf | undefined> {
    while (k >= this.first + this.page.length && !this.done && this.last !== null) {
      const after = this.page.length > 0 ? this.page[this.page.length - 1].leaf_index : '-1';
      this.first += this.page.length;
      this.page = await this.dataSource.query<StoredLeaf[]>(
        `SELECT leaf_index, event_id, stream_id, stream_revision, leaf_hash FROM audit_log
          WHERE leaf_index > $1 AND leaf_index <= $2 ORDER BY leaf_index LIMIT ${LEAF_PAGE}`,
        [after, this.last],
      );
      this.done = this.page.length < LEAF_PAGE;
    }
    return k >= this.first ? this.page[k - this.first] : undefined;
  }
}

// Small pages and reads keep what one verification holds at a time small: measured at 1,000,000 assets, the API's
// peak during a whole-log verification went 530 → 464 MiB with these and 10,000-leaf slices (was 5,000, 2,000, 50,000).
const LEAF_PAGE = 1000;
const EVENT_PAGE = 500;

function compareLeaf(index: number, event: RecordedEvent, leaf: Hash, logged: StoredLeaf | undefined): Tampering | null {
  if (!logged)
    return problem(
      'unexpected',
      index,
      event.id,
      event.streamId,
      event.revision.toString(),
      "the event lies within the audit log's checkpoint but has no leaf (inserted into the store, or its leaf was deleted)",
    );
  if (logged.event_id !== event.id)
    return problem(
      'missing',
      index,
      logged.event_id,
      logged.stream_id,
      logged.stream_revision,
      `the log's event at leaf ${index} is not where it was in the store (deleted or reordered); the store has ${event.id} there`,
    );
  if (!logged.leaf_hash.equals(leaf))
    return problem(
      'altered',
      index,
      event.id,
      event.streamId,
      event.revision.toString(),
      'the stored event no longer hashes to its logged leaf',
    );
  return null;
}

/** The signing key in PEM, checked to be a key of the deployment's suite (Ed25519, or SM2 for 国密). */
function loadSigningKey(config: AuditConfig, suite: CryptoSuite): { pem: string; publicKeyPem: string } {
  const pem = config.AUDIT_SIGNING_KEY ?? (config.AUDIT_SIGNING_KEY_FILE ? readFileSync(config.AUDIT_SIGNING_KEY_FILE, 'utf8') : null);
  if (!pem)
    throw new ConfigError(
      'Invalid configuration (AuditConfig):\n  - AUDIT_SIGNING_KEY or AUDIT_SIGNING_KEY_FILE is required to sign tree heads',
    );
  try {
    return { pem, publicKeyPem: suite.publicKeyOf(pem) };
  } catch (error: unknown) {
    if (!(error instanceof WrongSuiteKeyError)) throw error;
    throw new ConfigError(
      `Invalid configuration (AuditConfig):\n  - the audit signing key does not suit CRYPTO_SUITE=${suite.id} (${suite.algorithms.signature}): ${error.message}`,
    );
  }
}

/** The Merkle log over all events (RFC 9162): signed tree heads, proofs, and the check that history is unaltered. */
@Injectable()
export class MerkleLogService implements OnModuleInit {
  private readonly key: string;
  readonly publicKeyPem: string;
  readonly keyId: string;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(auditConfig.KEY) config: AuditConfig,
    @Inject(CRYPTO_SUITE) readonly suite: CryptoSuite,
  ) {
    const { pem, publicKeyPem } = loadSigningKey(config, suite);
    this.key = pem;
    this.publicKeyPem = publicKeyPem;
    this.keyId = keyIdOf(suite, publicKeyPem);
  }

  /** Refuses to serve a log hashed with another suite than the deployment's. */
  async onModuleInit(): Promise<void> {
    await assertLogSuite(this.dataSource, this.suite);
  }

  /** Opens a new epoch under a new key, in this suite or another (see openEpoch); run with the open epoch's settings. */
  openEpoch(next: { suite: CryptoSuite; privateKeyPem: string }, now: Date): Promise<EpochStatement> {
    const current = { suite: this.suite, privateKeyPem: this.key, publicKeyPem: this.publicKeyPem, keyId: this.keyId };
    return this.dataSource.transaction((tx) => openEpoch(tx, AUDIT_LOG_PROJECTION, current, next, now));
  }

  /** The log's epochs; the last one is open and must be in the deployment's suite to sign. */
  epochs(db: Pick<DataSource, 'query'> = this.dataSource): Promise<LogEpoch[]> {
    return readEpochs(db, this.suite);
  }

  private async current(): Promise<LogEpoch> {
    const epochs = await this.epochs();
    return epochs[epochs.length - 1];
  }

  /** Leaves in one epoch (the open one by default): one index read, whatever the log's length. */
  async size(epoch?: LogEpoch): Promise<number> {
    const within = epoch ?? (await this.current());
    return epochSize(this.dataSource, within, endOf(await this.epochs(), within));
  }

  /** An epoch's tree over the stored subtrees named (read in one query); roots and proofs that need others throw. */
  tree(epoch: LogEpoch, needed: readonly SubtreeRef[]): Promise<StoredTree> {
    return epochTree(this.dataSource, epoch, needed);
  }

  /** Signs the open epoch's current size and root (once per size); the root is folded from ≤ log2 n stored subtrees. */
  async issueTreeHead(now: Date): Promise<SignedTreeHead> {
    const epoch = await this.current();
    if (epoch.suite.id !== this.suite.id)
      throw new ConflictException({
        code: 'LOG_EPOCH_SUITE',
        message: `the log's open epoch ${epoch.epoch} is in the ${epoch.suite.id} suite: restart with CRYPTO_SUITE=${epoch.suite.id} and its key`,
      });
    // After a key change in the same suite, a process still holding the old key must not sign the new epoch.
    const epochKey = epoch.statement?.next.publicKeyPem;
    if (epochKey !== undefined && epochKey !== this.publicKeyPem)
      throw new ConflictException({
        code: 'LOG_EPOCH_KEY',
        message: `the log's open epoch ${epoch.epoch} is signed with another key (${keyIdOf(epoch.suite, epochKey)}): restart with that AUDIT_SIGNING_KEY`,
      });
    const size = await this.size(epoch);
    const repo = this.dataSource.getRepository(AuditTreeHeadRow);
    const existing = await repo.findOneBy({ epoch: epoch.epoch, treeSize: String(size) });
    if (existing) return this.toHead(existing);
    const root = (await this.tree(epoch, rootSubtrees(size))).root(size);
    const head = signTreeHead(
      { treeSize: size, rootHash: hex(root), timestamp: now.toISOString(), epoch: epoch.epoch },
      this.suite,
      this.key,
      this.keyId,
    );
    await repo.insert({ ...head, epoch: epoch.epoch, treeSize: String(head.treeSize) });
    return head;
  }

  /** A head of the open epoch: of that size, or the latest. */
  async treeHead(size?: number, epoch?: number): Promise<SignedTreeHead | null> {
    const repo = this.dataSource.getRepository(AuditTreeHeadRow);
    const e = epoch ?? (await this.current()).epoch;
    const row =
      size === undefined
        ? (await repo.find({ where: { epoch: e }, order: { treeSize: 'DESC' }, take: 1 }))[0]
        : await repo.findOneBy({ epoch: e, treeSize: String(size) });
    return row ? this.toHead(row) : null;
  }

  /** Every signed head, epoch by epoch. */
  async treeHeads(): Promise<SignedTreeHead[]> {
    const rows = await this.dataSource.getRepository(AuditTreeHeadRow).find({ order: { epoch: 'ASC', treeSize: 'ASC' } });
    return rows.map((r) => this.toHead(r));
  }

  /** Proof of an event in its own epoch's tree (index within the epoch), against a head of that epoch. */
  async inclusion(eventId: string, treeSize?: number): Promise<InclusionProofView | null> {
    const [row] = await this.dataSource.query<{ leaf_index: string; leaf_hash: Buffer }[]>(
      'SELECT leaf_index, leaf_hash FROM audit_log WHERE event_id = $1',
      [eventId],
    );
    if (!row) return null;
    const epoch = epochOfLeaf(await this.epochs(), Number(row.leaf_index));
    const head = (await this.treeHead(treeSize, epoch.epoch)) ?? null;
    const index = Number(row.leaf_index) - epoch.firstLeaf;
    if (!head || head.treeSize <= index) return null;
    const ranges = inclusionRanges(index, head.treeSize);
    const tree = await this.tree(epoch, subtreesFor(ranges));
    return {
      eventId,
      leafIndex: index,
      epoch: epoch.epoch,
      leafHash: hex(row.leaf_hash),
      treeHead: head,
      proof: tree.inclusionProof(index, head.treeSize).map(hex),
    };
  }

  /** Consistency between two heads of the open epoch. */
  async consistency(fromSize: number, toSize: number): Promise<{ from: SignedTreeHead; to: SignedTreeHead; proof: string[] } | null> {
    const epoch = await this.current();
    const [from, to] = await Promise.all([this.treeHead(fromSize, epoch.epoch), this.treeHead(toSize, epoch.epoch)]);
    if (!from || !to || from.treeSize > to.treeSize || from.treeSize < 1) return null;
    const tree = await this.tree(epoch, subtreesFor(consistencyRanges(from.treeSize, to.treeSize)));
    return { from, to, proof: tree.consistencyProof(from.treeSize, to.treeSize).map(hex) };
  }

  /**
   * Recomputes every leaf from the event store and compares it with the log, then every signed
   * tree head with the recomputed tree. Names the first event that was altered, deleted or moved.
   *
   * Only events up to the audit log's checkpoint are judged: later ones (an auditor's own read
   * recorded a moment ago, commands in flight) have not been hashed yet, which is not tampering.
   * Checkpoint, leaves and tree heads are read in one snapshot, so a projector batch or a tree head
   * signed meanwhile cannot make them disagree.
   */
  async verify(onProgress?: (checked: number) => void): Promise<LogVerification> {
    const { checkpoint, stored, heads, epochs } = await this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const [row] = await tx.query<{ commit_position: string; prepare_position: string }[]>(
        `SELECT commit_position, prepare_position FROM projection_checkpoints WHERE name = $1 AND commit_position >= 0`,
        [AUDIT_LOG_PROJECTION],
      );
      // The leaves themselves are read page by page below, up to the last one this snapshot holds (the log only grows).
      const [leaves] = await tx.query<{ n: string; last: string | null }[]>('SELECT count(*) AS n, max(leaf_index) AS last FROM audit_log');
      const signed = (await tx.getRepository(AuditTreeHeadRow).find({ order: { epoch: 'ASC', treeSize: 'ASC' } })).map((r) =>
        this.toHead(r),
      );
      const position: GlobalPosition | null = row ? { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) } : null;
      return { checkpoint: position, stored: leaves, heads: signed, epochs: await this.epochs(tx) };
    });
    const logged = new StoredLeafPages(this.dataSource, stored.last);
    // Leaves are checked as they are recomputed and not kept: memory for one slice, not for the log.
    const leaves = new LeafStreamCheck(this.dataSource, epochs, (epoch) =>
      heads.filter((h) => (h.epoch ?? 0) === epoch.epoch).map((h) => h.treeSize),
    );
    let checked = 0;
    let notYetLogged = 0;
    let after: GlobalPosition | undefined;
    let firstProblem: Tampering | null = null;
    for (;;) {
      const batch = await this.store.readAll({ after, maxCount: EVENT_PAGE });
      for (const event of batch) {
        if (checkpoint === null || comparePositions(event.position, checkpoint) > 0) {
          notYetLogged++;
          continue;
        }
        const index = checked++;
        // Each leaf in the suite of the epoch it falls in.
        const leaf = leafFor(event, epochOfLeaf(epochs, index).suite);
        await leaves.add(leaf);
        if (!firstProblem) firstProblem = compareLeaf(index, event, leaf, await logged.at(index));
      }
      onProgress?.(checked);
      if (batch.length === 0) break;
      after = batch[batch.length - 1].position;
    }
    const lost = !firstProblem && Number(stored.n) > checked ? await logged.at(checked) : undefined;
    if (lost) {
      firstProblem = problem(
        'missing',
        checked,
        lost.event_id,
        lost.stream_id,
        lost.stream_revision,
        'the logged event is gone from the store',
      );
    }
    const found = await leaves.finish();
    firstProblem ??= this.subtreeProblem(found);
    firstProblem ??= this.checkHeads(heads, epochs, found) ?? this.checkStatements(epochs, found);
    return {
      ok: firstProblem === null,
      eventsChecked: checked,
      treeHeadsChecked: heads.length,
      checkedUpTo: checkpoint ? formatPosition(checkpoint) : null,
      notYetLogged,
      firstProblem,
    };
  }

  /** The stored subtrees heads and proofs are read from, against the recomputed leaves (after the leaves, before the heads they feed). */
  private subtreeProblem(findings: LeafStreamFindings): Tampering | null {
    const found = findings.subtree;
    if (!found) return null;
    const size = 2 ** found.ref.level;
    return problem(
      'subtree_mismatch',
      found.firstLeaf,
      null,
      null,
      null,
      `the stored hash of leaves ${found.firstLeaf}–${found.firstLeaf + size - 1} (level ${found.ref.level}${found.epoch ? `, epoch ${found.epoch}` : ''}) is ${found.stored === 'missing' ? 'missing' : 'not what the events give'}: proofs read from it would not verify`,
    );
  }

  /** Every head signed with its epoch's key and suite, and still the root of that epoch's recomputed leaves. */
  private checkHeads(heads: readonly SignedTreeHead[], epochs: readonly LogEpoch[], found: LeafStreamFindings): Tampering | null {
    for (const head of heads) {
      const epoch = epochs.find((e) => e.epoch === (head.epoch ?? 0));
      const named = `tree head of size ${head.treeSize}${head.epoch ? ` in epoch ${head.epoch}` : ''}`;
      if (
        !epoch ||
        !verifyTreeHead(head, keyOfEpoch(epochs, epoch, this.publicKeyPem)) ||
        (head.suite ?? 'international') !== epoch.suite.id
      )
        return problem('bad_signature', null, null, null, null, `${named} has an invalid signature`);
      const root = found.rootAt(epoch.epoch, head.treeSize);
      if (!root || hex(root) !== head.rootHash)
        return problem('tree_head_mismatch', null, null, null, null, `the events no longer produce the signed root of ${named}`);
    }
    return null;
  }

  /** Each later epoch opened by a statement signed by both keys, whose old last head is what the events still give. */
  private checkStatements(epochs: readonly LogEpoch[], found: LeafStreamFindings): Tampering | null {
    for (const epoch of epochs.slice(1)) {
      const statement = epoch.statement;
      const verdict = statement
        ? verifyEpochStatement(statement, { next: keyOfEpoch(epochs, epoch, this.publicKeyPem) })
        : { ok: false, problem: 'no statement' };
      const previous = epochs.find((e) => e.epoch === epoch.epoch - 1);
      const bad = (detail: string) => problem('epoch_statement', epoch.firstLeaf, null, null, null, `epoch ${epoch.epoch}: ${detail}`);
      if (!statement || !verdict.ok) return bad(verdict.problem ?? 'invalid statement');
      if (!previous || statement.next.firstLeaf !== epoch.firstLeaf || statement.next.suite !== epoch.suite.id)
        return bad('the statement does not describe this epoch');
      if (hex(found.rootAtEnd(previous.epoch)) !== statement.previous.head.rootHash)
        return bad('the events no longer produce the old epoch’s last signed root');
    }
    return null;
  }

  private toHead(row: AuditTreeHeadRow): SignedTreeHead {
    return treeHeadOfRow(row);
  }
}
