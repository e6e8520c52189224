import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Claims (申领) on listings, for the releasing manager's choice and the claimant's own view. */
@Entity({ name: 'listing_claims' })
@Index('listing_claims_listing_idx', ['listingId'])
@Index('listing_claims_claimant_idx', ['claimantDepartmentId'])
export class ListingClaimRow {
  @PrimaryColumn({ type: 'uuid' })
  claimId!: string;

  @Column({ type: 'uuid' })
  listingId!: string;

  @Column({ type: 'uuid' })
  assetId!: string;

  @Column({ type: 'text' })
  claimantDepartmentId!: string;

  @Column({ type: 'text' })
  claimedBy!: string;

  @Column({ type: 'text' })
  justification!: string;

  /** pending, selected, rejected, withdrawn, transferred, closed (listing ended without it) */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'timestamptz' })
  claimedAt!: Date;
}
