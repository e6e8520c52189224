import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PhotoRef } from '@app/assets';

/** One row per listing (入仓 offer), open or closed: the Xianyu-style feed reads the open ones. */
@Entity({ name: 'marketplace_listings' })
@Index('marketplace_listings_search_trgm', { synchronize: false })
@Index('marketplace_listings_feed_idx', ['status', 'listedCommit', 'listedPrepare'])
@Index('marketplace_listings_value_idx', ['status', 'originalValueFen'])
@Index('marketplace_listings_category_idx', ['categoryClass', 'categoryMajor'])
@Index('marketplace_listings_asset_idx', ['assetId'])
export class MarketplaceListingRow {
  @PrimaryColumn({ name: 'listing_id', type: 'uuid' })
  listingId!: string;

  @Column({ name: 'asset_id', type: 'uuid' })
  assetId!: string;

  @Column({ name: 'asset_no', type: 'text' })
  assetNo!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'category_code', type: 'text' })
  categoryCode!: string;

  @Column({ name: 'category_class', type: 'text' })
  categoryClass!: string;

  @Column({ name: 'category_major', type: 'text', nullable: true })
  categoryMajor!: string | null;

  @Column({ name: 'department_id', type: 'text' })
  departmentId!: string;

  @Column({ name: 'owner_supervisor_id', type: 'text' })
  ownerSupervisorId!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ type: 'text' })
  unit!: string;

  @Column({ name: 'original_value_fen', type: 'bigint' })
  originalValueFen!: string;

  @Column({ name: 'net_book_value_fen', type: 'bigint' })
  netBookValueFen!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  condition!: string;

  @Column({ type: 'jsonb' })
  photos!: PhotoRef[];

  @Column({ name: 'pickup_location', type: 'text' })
  pickupLocation!: string;

  @Column({ name: 'claim_mode', type: 'text' })
  claimMode!: string;

  @Column({ name: 'internal_until', type: 'timestamptz', nullable: true })
  internalUntil!: Date | null;

  @Column({ name: 'advertise_until', type: 'timestamptz' })
  advertiseUntil!: Date;

  /** listed 在仓, in_transfer 调剂中, withdrawn 已撤回, expired 已过期, transferred 已调剂 */
  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'claims_count', type: 'integer' })
  claimsCount!: number;

  @Column({ name: 'search_text', type: 'text' })
  searchText!: string;

  @Column({ name: 'listed_commit', type: 'bigint' })
  listedCommit!: string;

  @Column({ name: 'listed_prepare', type: 'bigint' })
  listedPrepare!: string;

  @Column({ name: 'listed_at', type: 'timestamptz' })
  listedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
