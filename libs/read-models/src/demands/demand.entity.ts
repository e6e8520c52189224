import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 需求广场: what departments need, matched at read time to open listings of the same category. */
@Entity({ name: 'demands' })
@Index('demands_status_category_idx', ['status', 'categoryClass', 'categoryMajor'])
export class DemandRow {
  @PrimaryColumn({ name: 'demand_id', type: 'uuid' })
  demandId!: string;

  @Column({ name: 'department_id', type: 'text' })
  departmentId!: string;

  @Column({ name: 'category_code', type: 'text' })
  categoryCode!: string;

  @Column({ name: 'category_class', type: 'text' })
  categoryClass!: string;

  @Column({ name: 'category_major', type: 'text', nullable: true })
  categoryMajor!: string | null;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ name: 'needed_by', type: 'date', nullable: true })
  neededBy!: string | null;

  /** open, closed */
  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason!: string | null;

  @Column({ name: 'posted_at', type: 'timestamptz' })
  postedAt!: Date;
}
