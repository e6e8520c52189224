import { ListingViewer } from '../marketplace/listing-visibility';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MarketplaceQueries } from '../marketplace/marketplace.queries';
import { MarketplaceListingRow } from '../marketplace/marketplace-listing.entity';
import { PurchaseRequestRow } from '../purchase-requests/purchase-request.entity';
import { DemandRow } from './demand.entity';

/** Demands and their matches: a demand matches open listings of its 门类 (or of its 大类 when it names one). */
@Injectable()
export class DemandQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly marketplace: MarketplaceQueries,
  ) {}

  open(departmentId?: string): Promise<DemandRow[]> {
    return this.dataSource
      .getRepository(DemandRow)
      .find({ where: { status: 'open', ...(departmentId ? { departmentId } : {}) }, order: { postedAt: 'DESC' }, take: 200 });
  }

  get(demandId: string): Promise<DemandRow | null> {
    return this.dataSource.getRepository(DemandRow).findOneBy({ demandId });
  }

  /** The demand side: listings that could meet it (other departments' stock the demanding department may see). */
  async matchesForDemand(demand: DemandRow, caller: ListingViewer, now: Date) {
    const demander: ListingViewer = { role: 'department_staff', departmentId: demand.departmentId };
    return this.marketplace.openOfCategory(demand.categoryCode, demander, now, caller);
  }

  /** The listing side: open demands its asset could meet. */
  demandsForListing(listing: MarketplaceListingRow): Promise<DemandRow[]> {
    return this.dataSource
      .getRepository(DemandRow)
      .createQueryBuilder('d')
      .where(`d.status = 'open'`)
      .andWhere('d.category_class = :cc', { cc: listing.categoryClass })
      .andWhere('(d.category_major IS NULL OR d.category_major = :cm)', { cm: listing.categoryMajor })
      .andWhere('d.department_id <> :dep', { dep: listing.departmentId })
      .orderBy('d.posted_at', 'DESC')
      .getMany();
  }

  purchaseRequests(departmentId?: string): Promise<PurchaseRequestRow[]> {
    return this.dataSource
      .getRepository(PurchaseRequestRow)
      .find({ where: departmentId ? { departmentId } : {}, order: { requestedAt: 'DESC' }, take: 200 });
  }
}
