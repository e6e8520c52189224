import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An event a read model could not apply. While a failure is open the read model holds its
 * checkpoint just before that event (so it never silently diverges) and the other read models go
 * on; health and the operator CLI show it. The operator fixes forward (appends a corrective event)
 * and then skips the event, or retries it after a fix; either way the row keeps the history.
 */
@Entity({ name: 'projection_failures' })
@Index('projection_failures_open_uq', ['projection'], { unique: true, where: 'resolved_at IS NULL' })
export class ProjectionFailureRow {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  projection!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  @Column({ name: 'stream_id', type: 'text' })
  streamId!: string;

  @Column({ name: 'commit_position', type: 'bigint' })
  commitPosition!: string;

  @Column({ name: 'prepare_position', type: 'bigint' })
  preparePosition!: string;

  @Column({ type: 'text' })
  error!: string;

  @Column({ type: 'int', default: 1 })
  attempts!: number;

  @Column({ name: 'failed_at', type: 'timestamptz' })
  failedAt!: Date;

  @Column({ name: 'last_failed_at', type: 'timestamptz' })
  lastFailedAt!: Date;

  /** Set by the operator: 'retry' asks the projector to try the event again now. */
  @Column({ name: 'requested_action', type: 'text', nullable: true })
  requestedAction!: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  /** 'skipped' (the operator moved past it) or 'applied' (a retry succeeded). */
  @Column({ type: 'text', nullable: true })
  resolution!: string | null;

  @Column({ name: 'resolved_by', type: 'text', nullable: true })
  resolvedBy!: string | null;
}
