import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TransferStepKind } from '@app/assets';

export interface TransferStepView {
  kind: TransferStepKind;
  approverDepartmentId: string | null;
  status: 'pending' | 'approved' | 'rejected';
  byDepartmentId: string | null;
  comment: string | null;
  at: string | null;
  /** When the step was escalated for waiting too long (超时督办), and to whom; absent until then. */
  escalatedAt?: string | null;
  escalatedTo?: 'finance_approvers' | 'administrators' | null;
}

/** One row per transfer (调剂): its approval chain, handover, and — once completed — the savings it credits. */
@Entity({ name: 'transfers' })
@Index('transfers_status_idx', ['status'])
@Index('transfers_from_idx', ['fromDepartmentId'])
@Index('transfers_to_idx', ['toDepartmentId'])
@Index('transfers_asset_idx', ['assetId'])
export class TransferRow {
  @PrimaryColumn({ type: 'uuid' })
  transferId!: string;

  @Column({ type: 'uuid' })
  assetId!: string;

  @Column({ type: 'uuid' })
  listingId!: string;

  @Column({ type: 'uuid' })
  claimId!: string;

  @Column({ type: 'text' })
  assetNo!: string;

  @Column({ type: 'text' })
  assetName!: string;

  @Column({ type: 'text' })
  fromDepartmentId!: string;

  @Column({ type: 'text' })
  toDepartmentId!: string;

  @Column({ type: 'boolean' })
  crossesSupervisors!: boolean;

  @Column({ type: 'jsonb' })
  steps!: TransferStepView[];

  /** pending_supervisor_review, pending_finance_approval, awaiting_handover, completed, rejected, withdrawn */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'boolean' })
  handoverReleasing!: boolean;

  @Column({ type: 'boolean' })
  handoverReceiving!: boolean;

  @Column({ type: 'bigint' })
  originalValueFen!: string;

  @Column({ type: 'bigint' })
  netBookValueFen!: string;

  /** Why it was rejected or withdrawn. */
  @Column({ type: 'text', nullable: true })
  endReason!: string | null;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
