import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One row per space need (空间使用需求): what was asked, where, and how far it got. */
@Entity({ name: 'space_needs' })
@Index('space_needs_department_idx', ['departmentId'])
@Index('space_needs_status_idx', ['status'])
export class SpaceNeedRow {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'space_needs_pkey' })
  needId!: string;

  @Column({ type: 'text' })
  departmentId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  use!: string;

  /** m², as numeric text (two decimals). */
  @Column({ type: 'numeric', precision: 12, scale: 2 })
  minAreaSqm!: string;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  maxAreaSqm!: string;

  /** WGS-84; null for a need by district. */
  @Column({ type: 'double precision', nullable: true })
  lng!: number | null;

  @Column({ type: 'double precision', nullable: true })
  lat!: number | null;

  @Column({ type: 'integer', nullable: true })
  radiusM!: number | null;

  @Column({ type: 'text', nullable: true })
  districtId!: string | null;

  @Column({ type: 'date' })
  neededFrom!: string;

  @Column({ type: 'integer' })
  durationMonths!: number;

  @Column({ type: 'text' })
  purpose!: string;

  /** open (待匹配), allocating (调配中), fulfilled (已满足), withdrawn (已撤回) */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'uuid', nullable: true })
  allocationId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  propertyId!: string | null;

  @Column({ type: 'text', nullable: true })
  endReason!: string | null;

  @Column({ type: 'text' })
  postedBy!: string;

  @Column({ type: 'timestamptz' })
  postedAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}

export interface AllocationStepView {
  kind: string;
  approverDepartmentId: string | null;
  status: 'pending' | 'approved' | 'rejected';
  by: string | null;
  comment: string | null;
  at: string | null;
}

/** One row per allocation (调配) of a property to a need, with its approval chain and handover. */
@Entity({ name: 'space_allocations' })
@Index('space_allocations_to_idx', ['toDepartmentId'])
@Index('space_allocations_from_idx', ['fromUnitId'])
@Index('space_allocations_status_idx', ['status'])
export class SpaceAllocationRow {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'space_allocations_pkey' })
  allocationId!: string;

  @Column({ type: 'uuid' })
  needId!: string;

  @Column({ type: 'text' })
  needTitle!: string;

  @Column({ type: 'uuid' })
  propertyId!: string;

  @Column({ type: 'text' })
  propertyNo!: string;

  @Column({ type: 'text' })
  propertyName!: string;

  @Column({ type: 'text' })
  propertyUse!: string;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  grossAreaSqm!: string;

  /** The owner unit that releases the space. */
  @Column({ type: 'text' })
  fromUnitId!: string;

  @Column({ type: 'text' })
  toDepartmentId!: string;

  /** pending_supervisor_review, pending_finance_approval, approved (待交接), handed_over (已交接), rejected (已驳回), ended (已终止: not vacant at handover) */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'jsonb' })
  steps!: AllocationStepView[];

  @Column({ type: 'integer', nullable: true })
  policyVersion!: number | null;

  @Column({ type: 'text' })
  requestedBy!: string;

  @Column({ type: 'text', nullable: true })
  rejectReason!: string | null;

  @Column({ type: 'date', nullable: true })
  handedOverOn!: string | null;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
