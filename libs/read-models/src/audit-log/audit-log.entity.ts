import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SuiteId } from '@app/crypto';
import type { EpochStatement, SignedTreeHead } from '@app/audit';

/**
 * Every event in global order, one Merkle leaf each, with what auditors filter by.
 * Leaf i of the tree is row leaf_index = i. Written only by the audit-log projection.
 */
@Entity({ name: 'audit_log' })
@Index('audit_log_stream_idx', ['streamId', 'streamRevision'])
@Index('audit_log_event_id_uq', ['eventId'], { unique: true })
@Index('audit_log_type_idx', ['eventType'])
@Index('audit_log_actor_idx', ['actorId'])
@Index('audit_log_occurred_idx', ['occurredAt'])
@Index('audit_log_departments_idx', { synchronize: false })
export class AuditLogRow {
  @PrimaryColumn({ type: 'bigint' }) leafIndex!: string;
  @Column({ type: 'uuid' }) eventId!: string;
  @Column({ type: 'text' }) streamId!: string;
  @Column({ type: 'bigint' }) streamRevision!: string;
  @Column({ type: 'bigint' }) commitPosition!: string;
  @Column({ type: 'bigint' }) preparePosition!: string;
  @Column({ type: 'text' }) eventType!: string;
  @Column({ type: 'text' }) actorId!: string;
  /** Every department the event concerns: the actor's, and any named in its data. */
  @Column({ type: 'text', array: true }) departmentIds!: string[];
  @Column({ type: 'timestamptz' }) occurredAt!: Date;
  // Typed as object: the event's own shape is known to its context, not to the log.
  @Column({ type: 'jsonb' }) data!: object;
  @Column({ type: 'jsonb' }) metadata!: object;
  @Column({ type: 'bytea' }) leafHash!: Buffer;
}

/** Signed tree heads, kept outside the read models: a rebuild never touches them. */
@Entity({ name: 'audit_tree_heads' })
export class AuditTreeHeadRow {
  /** The log epoch the head belongs to; sizes count the leaves of that epoch. */
  @PrimaryColumn({ type: 'integer', default: 0, primaryKeyConstraintName: 'PK_audit_tree_heads' }) epoch!: number;
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_audit_tree_heads' }) treeSize!: string;
  @Column({ type: 'text' }) rootHash!: string;
  @Column({ type: 'text' }) timestamp!: string;
  @Column({ type: 'text' }) signature!: string;
  @Column({ type: 'text' }) keyId!: string;
  /** international or gm: the algorithms of this head's root and signature. */
  @Column({ type: 'text', default: 'international' }) suite!: SuiteId;
}

/**
 * The suite the log's leaves are hashed with, from which leaf on. One row (epoch 0) until a
 * deployment moves to another suite; kept outside the read models like the tree heads.
 */
@Entity({ name: 'audit_log_epochs' })
export class AuditLogEpochRow {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_audit_log_epochs' }) epoch!: number;
  @Column({ type: 'text' }) suite!: SuiteId;
  @Column({ type: 'bigint' }) firstLeaf!: string;
  @Column({ type: 'timestamptz' }) startedAt!: Date;
  /** For epochs after the first: the statement binding the previous epoch's last head to this one, signed by both keys. */
  @Column({ type: 'jsonb', nullable: true }) statement!: EpochStatement | null;
}

/** A stored head as it was signed. */
export function treeHeadOfRow(row: AuditTreeHeadRow): SignedTreeHead {
  return {
    treeSize: Number(row.treeSize),
    rootHash: row.rootHash,
    timestamp: row.timestamp,
    signature: row.signature,
    keyId: row.keyId,
    suite: row.suite,
    epoch: row.epoch,
  };
}

/**
 * The hash of every complete subtree of level ≥ 1 in each epoch's tree (RFC 9162), stored when its
 * last leaf is appended, in the epoch's suite: node (level, index) covers the epoch's leaves
 * [index·2^level, (index+1)·2^level). Leaves (level 0) are audit_log.leaf_hash. Heads and proofs read
 * O(log n) of these instead of every leaf. Written by the audit-log projection with the leaves, so
 * a rebuild rebuilds them.
 */
@Entity({ name: 'audit_log_nodes' })
export class AuditLogNodeRow {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_audit_log_nodes' }) epoch!: number;
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'PK_audit_log_nodes' }) level!: number;
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_audit_log_nodes' }) nodeIndex!: string;
  @Column({ type: 'bytea' }) hash!: Buffer;
}
