import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SuiteId } from '@app/crypto';

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
  @PrimaryColumn({ type: 'bigint' }) treeSize!: string;
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
}
