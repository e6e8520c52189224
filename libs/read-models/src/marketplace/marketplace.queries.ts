import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { classCodeOf, majorCodeOf } from '@app/assets';
import { Actor } from '@app/shared';
import { ListingViewer, ListingVisibility } from './listing-visibility';
import { applySearchFilters } from '../search-filters';
import { nextCursorOf, pageAfter } from '../keyset-cursor';
import { ListingClaimRow } from './listing-claim.entity';
import { MarketplaceListingRow } from './marketplace-listing.entity';
import { MarketplaceQueryDto } from './marketplace.query.dto';

export interface ListingView {
  listingId: string;
  assetId: string;
  assetNo: string;
  name: string;
  categoryCode: string;
  categoryClass: string;
  departmentId: string;
  quantity: number;
  unit: string;
  originalValueFen: number;
  netBookValueFen: number;
  description: string;
  condition: string;
  photos: { fileId: string; contentType: string; size: number; url: string }[];
  pickupLocation: string;
  claimMode: string;
  internalUntil: string | null;
  advertiseUntil: string;
  status: string;
  claimsCount: number;
  listedAt: string;
}

export function toListingView(row: MarketplaceListingRow): ListingView {
  return {
    listingId: row.listingId,
    assetId: row.assetId,
    assetNo: row.assetNo,
    name: row.name,
    categoryCode: row.categoryCode,
    categoryClass: row.categoryClass,
    departmentId: row.departmentId,
    quantity: row.quantity,
    unit: row.unit,
    originalValueFen: Number(row.originalValueFen),
    netBookValueFen: Number(row.netBookValueFen),
    description: row.description,
    condition: row.condition,
    photos: row.photos.map((p) => ({ ...p, url: `/api/files/${p.fileId}` })),
    pickupLocation: row.pickupLocation,
    claimMode: row.claimMode,
    internalUntil: row.internalUntil?.toISOString() ?? null,
    advertiseUntil: row.advertiseUntil.toISOString(),
    status: row.status,
    claimsCount: row.claimsCount,
    listedAt: row.listedAt.toISOString(),
  };
}

/** Reads of the warehouse (云公物仓) feed. Visibility follows the listing's internal window. */
@Injectable()
export class MarketplaceQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly visibility: ListingVisibility,
  ) {}

  /** Open listings the viewer may see: during an internal window only the owner's 主管部门 group (and auditors, finance). */
  async feed(viewer: Actor, query: MarketplaceQueryDto, now: Date): Promise<{ items: ListingView[]; nextCursor: string | null }> {
    const limit = query.limit ?? 20;
    const qb = this.dataSource
      .getRepository(MarketplaceListingRow)
      .createQueryBuilder('l')
      .where(`l.status = 'listed'`)
      .andWhere('l.advertise_until > :now', { now });
    const visible = this.visibility.sql(viewer, 'l', now);
    if (visible) qb.andWhere(visible.where, visible.params);
    applySearchFilters(qb, 'l', query, { searchText: 'search_text', location: 'pickup_location', categoryCode: 'category_code' });
    const byValue = query.sort === 'value';
    pageAfter(
      qb,
      byValue ? ['l.original_value_fen', 'l.listed_commit', 'l.listed_prepare'] : ['l.listed_commit', 'l.listed_prepare'],
      query.cursor,
    );
    if (byValue) qb.orderBy('l.original_value_fen', 'DESC').addOrderBy('l.listed_commit', 'DESC').addOrderBy('l.listed_prepare', 'DESC');
    else qb.orderBy('l.listed_commit', 'DESC').addOrderBy('l.listed_prepare', 'DESC');
    const rows = await qb.limit(limit + 1).getMany();
    const nextCursor = nextCursorOf(rows, limit, (last) =>
      byValue ? [last.originalValueFen, last.listedCommit, last.listedPrepare] : [last.listedCommit, last.listedPrepare],
    );
    return { items: rows.slice(0, limit).map(toListingView), nextCursor };
  }

  async listing(listingId: string): Promise<MarketplaceListingRow | null> {
    return this.dataSource.getRepository(MarketplaceListingRow).findOneBy({ listingId });
  }

  /** The listing if this viewer may see it (the feed's rule); otherwise null, as if it did not exist. */
  async visibleListing(viewer: ListingViewer, listingId: string, now: Date): Promise<MarketplaceListingRow | null> {
    const row = await this.listing(listingId);
    return row && this.visibility.canSee(viewer, row, now) ? row : null;
  }

  /** The asset's latest listing, whatever its status (the asset card shows it). */
  async latestForAsset(assetId: string): Promise<MarketplaceListingRow | null> {
    return this.dataSource
      .getRepository(MarketplaceListingRow)
      .findOne({ where: { assetId }, order: { listedCommit: 'DESC', listedPrepare: 'DESC' } });
  }

  async claims(listingId: string): Promise<ListingClaimRow[]> {
    return this.dataSource.getRepository(ListingClaimRow).find({ where: { listingId }, order: { claimedAt: 'ASC' } });
  }

  /** Listings and claims by id (an approver sees what was listed and why it was claimed). */
  async listingsByIds(listingIds: readonly string[]): Promise<MarketplaceListingRow[]> {
    if (listingIds.length === 0) return [];
    return this.dataSource.getRepository(MarketplaceListingRow).findBy({ listingId: In([...listingIds]) });
  }

  async claimsByIds(claimIds: readonly string[]): Promise<ListingClaimRow[]> {
    if (claimIds.length === 0) return [];
    return this.dataSource.getRepository(ListingClaimRow).findBy({ claimId: In([...claimIds]) });
  }

  /**
   * Open listings of one category (门类, or 大类 when given) that the viewer's department may see and
   * does not own: the idle stock a demand or purchase is checked against.
   */
  async openOfCategory(categoryCode: string, viewer: ListingViewer, now: Date, alsoVisibleTo?: ListingViewer): Promise<ListingView[]> {
    const major = majorCodeOf(categoryCode);
    const qb = this.dataSource
      .getRepository(MarketplaceListingRow)
      .createQueryBuilder('l')
      .where(`l.status = 'listed'`)
      .andWhere('l.advertise_until > :now', { now })
      .andWhere(major ? 'l.category_major = :cat' : 'l.category_class = :cat', { cat: major ?? classCodeOf(categoryCode) });
    if (viewer.departmentId) qb.andWhere('l.department_id <> :dep', { dep: viewer.departmentId });
    for (const [i, who] of [viewer, alsoVisibleTo].entries()) {
      const visible = who ? this.visibility.sql(who, 'l', now) : null;
      // Parameter names get a suffix so the two viewers' predicates do not share values.
      if (visible)
        qb.andWhere(
          visible.where.replace(/:(visible\w+)/g, `:$1${i}`),
          Object.fromEntries(Object.entries(visible.params).map(([k, v]) => [`${k}${i}`, v])),
        );
    }
    return (await qb.orderBy('l.listed_commit', 'DESC').limit(50).getMany()).map(toListingView);
  }

  /** Open listings past their advertise-until time: the expiry sweep turns each into an expiry event. */
  /** Open listings ending after `now` and by `until` whose owner was not told yet (到期提醒). */
  async endingUnwarned(now: Date, until: Date, limit = 100): Promise<{ assetId: string; listingId: string }[]> {
    return this.dataSource
      .getRepository(MarketplaceListingRow)
      .createQueryBuilder('l')
      .select(['l.assetId', 'l.listingId'])
      .where(`l.status = 'listed'`)
      .andWhere('l.expiry_warned_at IS NULL')
      .andWhere('l.advertise_until > :now AND l.advertise_until <= :until', { now, until })
      .orderBy('l.advertise_until', 'ASC')
      .limit(limit)
      .getMany();
  }

  async overdue(now: Date, limit = 100): Promise<{ assetId: string }[]> {
    return this.dataSource
      .getRepository(MarketplaceListingRow)
      .createQueryBuilder('l')
      .select(['l.assetId'])
      .where(`l.status = 'listed'`)
      .andWhere('l.advertise_until <= :now', { now })
      .limit(limit)
      .getMany();
  }
}
