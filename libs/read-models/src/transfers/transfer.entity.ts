import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TransferStepKind } from '@app/assets';

export interface TransferStepView {
  kind: TransferStepKind;
  approverDepartmentId: string | null;
  status: 'pending' | 'approved' | 'rejected';
  byDepartmentId: string | null;
  comment: string | null;
  at: string | null;
}

/** One row per transfer (调剂): its approval chain, handover, and — once completed — the savings it credits. */
@Entity({ name: 'transfers' })
@Index('transfers_status_idx', ['status'])
@Index('transfers_from_idx', ['fromDepartmentId'])
@Index('transfers_to_idx', ['toDepartmentId'])
@Index('transfers_asset_idx', ['assetId'])
export class TransferRow {
  @PrimaryColumn({ name: 'transfer_id', type: 'uuid' })
  transferId!: string;

  @Column({ name: 'asset_id', type: 'uuid' })
  assetId!: string;

  @Column({ name: 'listing_id', type: 'uuid' })
  listingId!: string;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  @Column({ name: 'asset_no', type: 'text' })
  assetNo!: string;

  @Column({ name: 'asset_name', type: 'text' })
  assetName!: string;

  @Column({ name: 'from_department_id', type: 'text' })
  fromDepartmentId!: string;

  @Column({ name: 'to_department_id', type: 'text' })
  toDepartmentId!: string;

  @Column({ name: 'crosses_supervisors', type: 'boolean' })
  crossesSupervisors!: boolean;

  @Column({ type: 'jsonb' })
  steps!: TransferStepView[];

  /** pending_supervisor_review, pending_finance_approval, awaiting_handover, completed, rejected, withdrawn */
  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'handover_releasing', type: 'boolean' })
  handoverReleasing!: boolean;

  @Column({ name: 'handover_receiving', type: 'boolean' })
  handoverReceiving!: boolean;

  @Column({ name: 'original_value_fen', type: 'bigint' })
  originalValueFen!: string;

  @Column({ name: 'net_book_value_fen', type: 'bigint' })
  netBookValueFen!: string;

  /** Why it was rejected or withdrawn. */
  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason!: string | null;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
