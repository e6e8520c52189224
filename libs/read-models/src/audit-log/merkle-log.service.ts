import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { Hash, Merkle, merkleOf, SignedTreeHead, signTreeHead, verifyTreeHead } from '@app/audit';
import { CryptoSuite, keyIdOf, WrongSuiteKeyError } from '@app/crypto';
import { CRYPTO_SUITE } from '@app/platform/crypto/crypto-suite.module';
import { comparePositions, EVENT_STORE, EventStore, formatPosition, GlobalPosition, RecordedEvent } from '@app/event-store';
import { ConfigError } from '@app/platform/config/validate-config';
import { AuditLogProjection, leafFor } from './audit-log.projection';
import { AuditTreeHeadRow } from './audit-log.entity';
import { AuditConfig, auditConfig } from './audit.config';
import { assertLogSuite } from './log-suite';

export interface InclusionProofView {
  eventId: string;
  leafIndex: number;
  leafHash: string;
  treeHead: SignedTreeHead;
  proof: string[];
}

export interface Tampering {
  kind: 'altered' | 'missing' | 'unexpected' | 'tree_head_mismatch' | 'bad_signature';
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
  private readonly merkle: Merkle;
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
    this.merkle = merkleOf(suite);
  }

  /** Refuses to serve a log hashed with another suite than the deployment's. */
  async onModuleInit(): Promise<void> {
    await assertLogSuite(this.dataSource, this.suite);
  }

  async leaves(size?: number): Promise<Hash[]> {
    const rows = await this.dataSource.query<{ leaf_hash: Buffer }[]>(
      `SELECT leaf_hash FROM audit_log ${size === undefined ? '' : 'WHERE leaf_index < $1'} ORDER BY leaf_index`,
      size === undefined ? [] : [size],
    );
    return rows.map((r) => r.leaf_hash);
  }

  /** Signs the current size and root (once per size). */
  async issueTreeHead(now: Date): Promise<SignedTreeHead> {
    const leaves = await this.leaves();
    const existing = await this.dataSource.getRepository(AuditTreeHeadRow).findOneBy({ treeSize: String(leaves.length) });
    if (existing) return this.toHead(existing);
    const head = signTreeHead(
      { treeSize: leaves.length, rootHash: hex(this.merkle.rootOf(leaves)), timestamp: now.toISOString() },
      this.suite,
      this.key,
      this.keyId,
    );
    await this.dataSource.getRepository(AuditTreeHeadRow).insert({ ...head, treeSize: String(head.treeSize) });
    return head;
  }

  async treeHead(size?: number): Promise<SignedTreeHead | null> {
    const repo = this.dataSource.getRepository(AuditTreeHeadRow);
    const row =
      size === undefined
        ? (await repo.find({ order: { treeSize: 'DESC' }, take: 1 }))[0]
        : await repo.findOneBy({ treeSize: String(size) });
    return row ? this.toHead(row) : null;
  }

  async treeHeads(): Promise<SignedTreeHead[]> {
    return (await this.dataSource.getRepository(AuditTreeHeadRow).find({ order: { treeSize: 'ASC' } })).map((r) => this.toHead(r));
  }

  async inclusion(eventId: string, treeSize?: number): Promise<InclusionProofView | null> {
    const [row] = await this.dataSource.query<{ leaf_index: string; leaf_hash: Buffer }[]>(
      'SELECT leaf_index, leaf_hash FROM audit_log WHERE event_id = $1',
      [eventId],
    );
    if (!row) return null;
    const head = (await this.treeHead(treeSize)) ?? null;
    const index = Number(row.leaf_index);
    if (!head || head.treeSize <= index) return null;
    const leaves = await this.leaves(head.treeSize);
    return {
      eventId,
      leafIndex: index,
      leafHash: hex(row.leaf_hash),
      treeHead: head,
      proof: this.merkle.inclusionProof(leaves, index, head.treeSize).map(hex),
    };
  }

  async consistency(fromSize: number, toSize: number): Promise<{ from: SignedTreeHead; to: SignedTreeHead; proof: string[] } | null> {
    const [from, to] = await Promise.all([this.treeHead(fromSize), this.treeHead(toSize)]);
    if (!from || !to || from.treeSize > to.treeSize || from.treeSize < 1) return null;
    const leaves = await this.leaves(to.treeSize);
    return { from, to, proof: this.merkle.consistencyProof(leaves, from.treeSize, to.treeSize).map(hex) };
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
    const { checkpoint, stored, heads } = await this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const [row] = await tx.query<{ commit_position: string; prepare_position: string }[]>(
        `SELECT commit_position, prepare_position FROM projection_checkpoints WHERE name = $1 AND commit_position >= 0`,
        [AUDIT_LOG_PROJECTION],
      );
      const leaves = await tx.query<StoredLeaf[]>(
        'SELECT leaf_index, event_id, stream_id, stream_revision, leaf_hash FROM audit_log ORDER BY leaf_index',
      );
      const signed = (await tx.getRepository(AuditTreeHeadRow).find({ order: { treeSize: 'ASC' } })).map((r) => this.toHead(r));
      const position: GlobalPosition | null = row ? { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) } : null;
      return { checkpoint: position, stored: leaves, heads: signed };
    });
    const recomputed: Hash[] = [];
    let notYetLogged = 0;
    let after: GlobalPosition | undefined;
    let firstProblem: Tampering | null = null;
    for (;;) {
      const batch = await this.store.readAll({ after, maxCount: 2000 });
      for (const event of batch) {
        if (checkpoint === null || comparePositions(event.position, checkpoint) > 0) {
          notYetLogged++;
          continue;
        }
        const index = recomputed.length;
        const leaf = leafFor(event, this.suite);
        recomputed.push(leaf);
        firstProblem ??= compareLeaf(index, event, leaf, stored[index]);
      }
      onProgress?.(recomputed.length);
      if (batch.length === 0) break;
      after = batch[batch.length - 1].position;
    }
    if (!firstProblem && stored.length > recomputed.length) {
      const lost = stored[recomputed.length];
      firstProblem = problem(
        'missing',
        recomputed.length,
        lost.event_id,
        lost.stream_id,
        lost.stream_revision,
        'the logged event is gone from the store',
      );
    }
    for (const head of heads) {
      if (firstProblem) break;
      if (!verifyTreeHead(head, this.publicKeyPem)) {
        firstProblem = problem('bad_signature', null, null, null, null, `tree head of size ${head.treeSize} has an invalid signature`);
      } else if (head.treeSize > recomputed.length || hex(this.merkle.rootOf(recomputed, 0, head.treeSize)) !== head.rootHash) {
        firstProblem = problem(
          'tree_head_mismatch',
          null,
          null,
          null,
          null,
          `the events no longer produce the signed root of size ${head.treeSize}`,
        );
      }
    }
    return {
      ok: firstProblem === null,
      eventsChecked: recomputed.length,
      treeHeadsChecked: heads.length,
      checkedUpTo: checkpoint ? formatPosition(checkpoint) : null,
      notYetLogged,
      firstProblem,
    };
  }

  private toHead(row: AuditTreeHeadRow): SignedTreeHead {
    return {
      treeSize: Number(row.treeSize),
      rootHash: row.rootHash,
      timestamp: row.timestamp,
      signature: row.signature,
      keyId: row.keyId,
      suite: row.suite,
    };
  }
}
