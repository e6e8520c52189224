import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Claims (申领) on listings, for the releasing manager's choice and the claimant's own view. */
@Entity({ name: 'listing_claims' })
@Index('listing_claims_listing_idx', ['listingId'])
@Index('listing_claims_claimant_idx', ['claimantDepartmentId'])
export class ListingClaimRow {
  @PrimaryColumn({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  @Column({ name: 'listing_id', type: 'uuid' })
  listingId!: string;

  @Column({ name: 'asset_id', type: 'uuid' })
  assetId!: string;

  @Column({ name: 'claimant_department_id', type: 'text' })
  claimantDepartmentId!: string;

  @Column({ name: 'claimed_by', type: 'text' })
  claimedBy!: string;

  @Column({ type: 'text' })
  justification!: string;

  /** pending, selected, rejected, withdrawn, transferred, closed (listing ended without it) */
  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'claimed_at', type: 'timestamptz' })
  claimedAt!: Date;
}
