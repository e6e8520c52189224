import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 需求广场: what departments need, matched at read time to open listings of the same category. */
@Entity({ name: 'demands' })
@Index('demands_status_category_idx', ['status', 'categoryClass', 'categoryMajor'])
export class DemandRow {
  @PrimaryColumn({ type: 'uuid' })
  demandId!: string;

  @Column({ type: 'text' })
  departmentId!: string;

  @Column({ type: 'text' })
  categoryCode!: string;

  @Column({ type: 'text' })
  categoryClass!: string;

  @Column({ type: 'text', nullable: true })
  categoryMajor!: string | null;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'date', nullable: true })
  neededBy!: string | null;

  /** open, closed */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text', nullable: true })
  closeReason!: string | null;

  @Column({ type: 'timestamptz' })
  postedAt!: Date;
}
