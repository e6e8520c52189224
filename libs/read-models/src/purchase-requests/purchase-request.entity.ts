import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Purchase requests and what the warehouse check (采购前必先查仓) found for each. */
@Entity({ name: 'purchase_requests' })
@Index('purchase_requests_department_idx', ['departmentId'])
export class PurchaseRequestRow {
  @PrimaryColumn({ name: 'purchase_id', type: 'uuid' })
  purchaseId!: string;

  @Column({ name: 'department_id', type: 'text' })
  departmentId!: string;

  @Column({ name: 'category_code', type: 'text' })
  categoryCode!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ name: 'estimated_value_fen', type: 'bigint' })
  estimatedValueFen!: string;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ name: 'matched_listing_ids', type: 'jsonb' })
  matchedListingIds!: string[];

  /** True when idle stock of the category was found: a purchase-gate hit. */
  @Column({ name: 'gate_hit', type: 'boolean' })
  gateHit!: boolean;

  /** clear, blocked, overridden, withdrawn */
  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason!: string | null;

  @Column({ name: 'withdraw_reason', type: 'text', nullable: true })
  withdrawReason!: string | null;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
