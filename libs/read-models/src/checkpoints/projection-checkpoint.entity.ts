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
}
