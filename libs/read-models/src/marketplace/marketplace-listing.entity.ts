import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PhotoRef } from '@app/assets';

/** One row per listing (入仓 offer), open or closed: the Xianyu-style feed reads the open ones. */
@Entity({ name: 'marketplace_listings' })
@Index('marketplace_listings_search_trgm', { synchronize: false })
@Index('marketplace_listings_feed_idx', ['status', 'listedCommit', 'listedPrepare'])
@Index('marketplace_listings_value_idx', ['status', 'originalValueFen'])
@Index('marketplace_listings_category_idx', ['categoryClass', 'categoryMajor'])
@Index('marketplace_listings_asset_idx', ['assetId'])
/** Partial (internal_until IS NOT NULL), made by its migration. */
@Index('marketplace_listings_internal_idx', { synchronize: false })
@Index('marketplace_listings_unwarned_idx', { synchronize: false })
export class MarketplaceListingRow {
  @PrimaryColumn({ type: 'uuid' })
  listingId!: string;

  @Column({ type: 'uuid' })
  assetId!: string;

  @Column({ type: 'text' })
  assetNo!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  categoryCode!: string;

  @Column({ type: 'text' })
  categoryClass!: string;

  @Column({ type: 'text', nullable: true })
  categoryMajor!: string | null;

  @Column({ type: 'text' })
  departmentId!: string;

  @Column({ type: 'text' })
  ownerSupervisorId!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ type: 'text' })
  unit!: string;

  @Column({ type: 'bigint' })
  originalValueFen!: string;

  @Column({ type: 'bigint' })
  netBookValueFen!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  condition!: string;

  @Column({ type: 'jsonb' })
  photos!: PhotoRef[];

  @Column({ type: 'text' })
  pickupLocation!: string;

  @Column({ type: 'text' })
  claimMode!: string;

  @Column({ type: 'timestamptz', nullable: true })
  internalUntil!: Date | null;

  @Column({ type: 'timestamptz' })
  advertiseUntil!: Date;

  /** When the owner was told the listing ends soon (null: not yet). */
  @Column({ type: 'timestamptz', nullable: true })
  expiryWarnedAt!: Date | null;

  /** listed 在仓, in_transfer 调剂中, withdrawn 已撤回, expired 已过期, transferred 已调剂 */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'integer' })
  claimsCount!: number;

  @Column({ type: 'text' })
  searchText!: string;

  @Column({ type: 'bigint' })
  listedCommit!: string;

  @Column({ type: 'bigint' })
  listedPrepare!: string;

  @Column({ type: 'timestamptz' })
  listedAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
