import { EntityManager, In } from 'typeorm';
import { AssetEvent, classCodeOf, isAssetEvent, majorCodeOf } from '@app/assets';
import { RecordedEvent } from '@app/event-store';
import { insertOnce } from '../insert-once';
import { Projection } from '../projection';
import { ListingClaimRow } from './listing-claim.entity';
import { MarketplaceListingRow } from './marketplace-listing.entity';
import { SearchItemRow } from '../search/search-item.entity';
import { chinaDate } from '@app/shared';
import { searchableText } from '../search/search-text';

/** What the warehouse feed's `q` and the one search (`/api/search`) match a listing by. */
export const listingSearchText = (row: Pick<MarketplaceListingRow, 'name' | 'assetNo' | 'description' | 'pickupLocation'>) =>
  searchableText(row.name, row.assetNo, row.description, row.pickupLocation);

export function listingSearchItem(row: MarketplaceListingRow): SearchItemRow {
  return {
    itemKey: `listing:${row.listingId}`,
    kind: 'listing',
    itemId: row.listingId,
    title: row.name,
    searchText: listingSearchText(row),
    categoryClass: row.categoryClass,
    categoryMajor: row.categoryMajor,
    departmentId: row.departmentId,
    status: row.status,
    location: row.pickupLocation,
    valueFen: row.originalValueFen,
    itemDate: chinaDate(row.listedAt),
    sortCommit: row.listedCommit,
    sortPrepare: row.listedPrepare,
  };
}

type ListingStatus = 'listed' | 'in_transfer' | 'withdrawn' | 'expired' | 'transferred';

/** The warehouse feed and its claims. Listing events carry a snapshot of the card, so no other read model is consulted. */
export class MarketplaceProjection implements Projection {
  readonly name = 'marketplace';

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const touched = new Set<string>();
    for (const recorded of events) {
      if (!isAssetEvent(recorded)) continue;
      await this.applyOne(tx, { type: recorded.type, data: recorded.data } as AssetEvent, recorded);
      touched.add(recorded.data.assetId);
    }
    if (touched.size === 0) return;
    // Keep the listings' search items in step with the listings.
    const listings = await tx.getRepository(MarketplaceListingRow).find({ where: { assetId: In([...touched]) } });
    if (listings.length > 0) await tx.getRepository(SearchItemRow).upsert(listings.map(listingSearchItem), ['itemKey']);
  }

  private async applyOne(tx: EntityManager, event: AssetEvent, recorded: RecordedEvent): Promise<void> {
    const listings = tx.getRepository(MarketplaceListingRow);
    const claims = tx.getRepository(ListingClaimRow);
    const at = new Date(recorded.metadata.occurredAt);
    // The asset's one active listing: transfer events name the asset, not the listing.
    const active = (assetId: string) =>
      listings.findOne({
        where: [
          { assetId, status: 'listed' },
          { assetId, status: 'in_transfer' },
        ],
      });
    const setStatus = async (assetId: string, status: ListingStatus) => {
      const listing = await active(assetId);
      if (listing) await listings.update({ listingId: listing.listingId }, { status, updatedAt: at });
      return listing;
    };
    switch (event.type) {
      case 'asset.listed.v1': {
        const d = event.data;
        await insertOnce(tx, MarketplaceListingRow, {
          listingId: d.listingId,
          assetId: d.assetId,
          assetNo: d.asset.assetNo,
          name: d.asset.name,
          categoryCode: d.asset.categoryCode,
          categoryClass: classCodeOf(d.asset.categoryCode),
          categoryMajor: majorCodeOf(d.asset.categoryCode),
          departmentId: d.asset.departmentId,
          ownerSupervisorId: d.asset.ownerSupervisorId,
          quantity: d.asset.quantity,
          unit: d.asset.unit,
          originalValueFen: String(d.asset.originalValueFen),
          netBookValueFen: String(d.asset.netBookValueFen),
          description: d.description,
          condition: d.condition,
          photos: [...d.photos],
          pickupLocation: d.pickupLocation,
          claimMode: d.claimMode,
          internalUntil: d.internalUntil ? new Date(d.internalUntil) : null,
          advertiseUntil: new Date(d.advertiseUntil),
          status: 'listed',
          claimsCount: 0,
          searchText: listingSearchText({ ...d.asset, description: d.description, pickupLocation: d.pickupLocation }),
          listedCommit: recorded.position.commit.toString(),
          listedPrepare: recorded.position.prepare.toString(),
          listedAt: at,
          updatedAt: at,
        });
        return;
      }
      case 'asset.listing-withdrawn.v1':
      case 'asset.listing-expired.v1': {
        const status = event.type === 'asset.listing-withdrawn.v1' ? 'withdrawn' : 'expired';
        await listings.update({ listingId: event.data.listingId }, { status, updatedAt: at });
        await claims.update({ listingId: event.data.listingId, status: 'pending' }, { status: 'closed' });
        return;
      }
      case 'asset.claimed.v1':
        // The count moves only with a new claim row, so a repeated delivery counts nothing twice.
        if (
          await insertOnce(tx, ListingClaimRow, {
            claimId: event.data.claimId,
            listingId: event.data.listingId,
            assetId: event.data.assetId,
            claimantDepartmentId: event.data.claimantDepartmentId,
            claimedBy: recorded.metadata.actorId,
            justification: event.data.justification,
            status: 'pending',
            claimedAt: at,
          })
        )
          await listings.increment({ listingId: event.data.listingId }, 'claimsCount', 1);
        return;
      case 'asset.claim-selected.v1':
        await listings.update({ listingId: event.data.listingId }, { status: 'in_transfer', updatedAt: at });
        await claims.update({ claimId: event.data.claimId }, { status: 'selected' });
        return;
      case 'asset.transfer-rejected.v1':
      case 'asset.transfer-withdrawn.v1': {
        const listing = await setStatus(event.data.assetId, 'listed');
        if (listing) {
          const status = event.type === 'asset.transfer-rejected.v1' ? 'rejected' : 'withdrawn';
          await claims.update({ listingId: listing.listingId, status: 'selected' }, { status });
        }
        return;
      }
      case 'asset.transferred.v1':
        await listings.update({ listingId: event.data.listingId }, { status: 'transferred', updatedAt: at });
        await claims.update({ claimId: event.data.claimId }, { status: 'transferred' });
        await claims.update({ listingId: event.data.listingId, status: 'pending' }, { status: 'closed' });
        return;
      case 'asset.registered.v1':
      case 'asset.corrected.v1':
      case 'asset.relocated.v1':
      case 'asset.transfer-step-approved.v1':
      case 'asset.handover-confirmed.v1':
        return;
      default: {
        const unreachable: never = event;
        return unreachable;
      }
    }
  }
}
