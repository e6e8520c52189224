import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

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
  @PrimaryColumn({ name: 'leaf_index', type: 'bigint' }) leafIndex!: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId!: string;
  @Column({ name: 'stream_id', type: 'text' }) streamId!: string;
  @Column({ name: 'stream_revision', type: 'bigint' }) streamRevision!: string;
  @Column({ name: 'commit_position', type: 'bigint' }) commitPosition!: string;
  @Column({ name: 'prepare_position', type: 'bigint' }) preparePosition!: string;
  @Column({ name: 'event_type', type: 'text' }) eventType!: string;
  @Column({ name: 'actor_id', type: 'text' }) actorId!: string;
  /** Every department the event concerns: the actor's, and any named in its data. */
  @Column({ name: 'department_ids', type: 'text', array: true }) departmentIds!: string[];
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
  // Typed as object: the event's own shape is known to its context, not to the log.
  @Column({ type: 'jsonb' }) data!: object;
  @Column({ type: 'jsonb' }) metadata!: object;
  @Column({ name: 'leaf_hash', type: 'bytea' }) leafHash!: Buffer;
}

/** Signed tree heads, kept outside the read models: a rebuild never touches them. */
@Entity({ name: 'audit_tree_heads' })
export class AuditTreeHeadRow {
  @PrimaryColumn({ name: 'tree_size', type: 'bigint' }) treeSize!: string;
  @Column({ name: 'root_hash', type: 'text' }) rootHash!: string;
  @Column({ type: 'text' }) timestamp!: string;
  @Column({ type: 'text' }) signature!: string;
  @Column({ name: 'key_id', type: 'text' }) keyId!: string;
}
