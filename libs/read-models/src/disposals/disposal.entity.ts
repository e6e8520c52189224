import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { DisposalStepKind, DisposedAssetSnapshot, PhotoRef } from '@app/assets';

export interface DisposalStepView {
  kind: DisposalStepKind;
  approverDepartmentId: string | null;
  status: 'pending' | 'approved' | 'rejected';
  byDepartmentId: string | null;
  by: string | null;
  comment: string | null;
  at: string | null;
}

/** One row per disposal request (处置申请): its assets, approval chain, outcome and, once written off, its proceeds. */
@Entity({ name: 'disposals' })
@Index('disposals_department_idx', ['departmentId'])
@Index('disposals_status_idx', ['status'])
export class DisposalRow {
  @PrimaryColumn({ type: 'uuid' })
  disposalId!: string;

  @Column({ type: 'text' })
  departmentId!: string;

  /** scrap, loss, sale, donation, swap, free_transfer */
  @Column({ type: 'text' })
  kind!: string;

  /** pending_supervisor_review, pending_finance_approval, approved (待核销), written_off, rejected, withdrawn */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text', nullable: true })
  counterparty!: string | null;

  @Column({ type: 'jsonb' })
  photos!: PhotoRef[];

  @Column({ type: 'jsonb' })
  assets!: DisposedAssetSnapshot[];

  /** The assets' ids, for "the disposals of this asset" (GIN-free: few requests per asset). */
  @Column({ type: 'text', array: true })
  assetIds!: string[];

  @Column({ type: 'bigint' })
  totalOriginalValueFen!: string;

  @Column({ type: 'bigint' })
  totalNetBookValueFen!: string;

  @Column({ type: 'jsonb' })
  steps!: DisposalStepView[];

  @Column({ type: 'integer', nullable: true })
  policyVersion!: number | null;

  @Column({ type: 'text' })
  requestedBy!: string;

  @Column({ type: 'bigint', nullable: true })
  proceedsFen!: string | null;

  @Column({ type: 'text', nullable: true })
  treasuryVoucher!: string | null;

  @Column({ type: 'text', nullable: true })
  replyRef!: string | null;

  /** Why it was rejected or withdrawn. */
  @Column({ type: 'text', nullable: true })
  endReason!: string | null;

  @Column({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  writtenOffAt!: Date | null;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
