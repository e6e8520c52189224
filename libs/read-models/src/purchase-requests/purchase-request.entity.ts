import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Purchase requests and what the warehouse check (采购前必先查仓) found for each. */
@Entity({ name: 'purchase_requests' })
@Index('purchase_requests_department_idx', ['departmentId'])
export class PurchaseRequestRow {
  @PrimaryColumn({ type: 'uuid' })
  purchaseId!: string;

  @Column({ type: 'text' })
  departmentId!: string;

  @Column({ type: 'text' })
  categoryCode!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ type: 'bigint' })
  estimatedValueFen!: string;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'jsonb' })
  matchedListingIds!: string[];

  /** True when idle stock of the category was found: a purchase-gate hit. */
  @Column({ type: 'boolean' })
  gateHit!: boolean;

  /** clear, blocked, overridden, withdrawn */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text', nullable: true })
  overrideReason!: string | null;

  @Column({ type: 'text', nullable: true })
  withdrawReason!: string | null;

  @Column({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
