import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { classCodeOf, majorCodeOf } from '@app/assets';
import { Actor, DepartmentDirectory } from '@app/shared';
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
    private readonly departments: DepartmentDirectory,
  ) {}

  /** Open listings the viewer may see: during an internal window only the owner's 主管部门 group (and auditors, finance). */
  async feed(viewer: Actor, query: MarketplaceQueryDto, now: Date): Promise<{ items: ListingView[]; nextCursor: string | null }> {
    const limit = query.limit ?? 20;
    const qb = this.dataSource
      .getRepository(MarketplaceListingRow)
      .createQueryBuilder('l')
      .where(`l.status = 'listed'`)
      .andWhere('l.advertise_until > :now', { now });
    if (viewer.role !== 'auditor' && viewer.role !== 'finance_approver') {
      const group = viewer.departmentId ? this.departments.supervisorOf(viewer.departmentId) : null;
      qb.andWhere('(l.internal_until IS NULL OR l.internal_until <= :now OR l.owner_supervisor_id = :group)', { group });
    }
    applySearchFilters(qb, 'l', query, { searchText: 'search_text', location: 'pickup_location' });
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

  async claims(listingId: string): Promise<ListingClaimRow[]> {
    return this.dataSource.getRepository(ListingClaimRow).find({ where: { listingId }, order: { claimedAt: 'ASC' } });
  }

  /** Open listings of one category (门类, or 大类 when given): the idle stock a demand or purchase is checked against. */
  async openOfCategory(categoryCode: string, excludeDepartmentId: string | null, now: Date): Promise<ListingView[]> {
    const major = majorCodeOf(categoryCode);
    const qb = this.dataSource
      .getRepository(MarketplaceListingRow)
      .createQueryBuilder('l')
      .where(`l.status = 'listed'`)
      .andWhere('l.advertise_until > :now', { now })
      .andWhere(major ? 'l.category_major = :cat' : 'l.category_class = :cat', { cat: major ?? classCodeOf(categoryCode) });
    if (excludeDepartmentId) qb.andWhere('l.department_id <> :dep', { dep: excludeDepartmentId });
    return (await qb.orderBy('l.listed_commit', 'DESC').limit(50).getMany()).map(toListingView);
  }

  /** Open listings past their advertise-until time: the expiry sweep turns each into an expiry event. */
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
