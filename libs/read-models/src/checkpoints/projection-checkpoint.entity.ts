import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'projection_checkpoints' })
export class ProjectionCheckpoint {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  /** Global position of the last event applied (exclusive start of the next read). */
  @Column({ type: 'bigint' })
  commitPosition!: string;

  @Column({ type: 'bigint' })
  preparePosition!: string;

  @Column({ type: 'bigint', default: 0 })
  eventsApplied!: string;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  /** Set while the projector cannot follow the store for a reason that will not pass by itself; readiness fails. */
  @Column({ type: 'text', nullable: true })
  stoppedReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  stoppedAt!: Date | null;
}
