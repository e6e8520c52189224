import { EntityManager } from 'typeorm';
import { AssetEvent, classCodeOf, isAssetEvent, majorCodeOf, upcastAssetEvent } from '@app/assets';
import { RecordedEvent } from '@app/event-store';
import { bulkRead, bulkWrite } from '../bulk-write';
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
    categoryCode: row.categoryCode,
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

/**
 * The listings and claims a batch touches, read in one query each, changed in memory event by event
 * and written back with one statement per table.
 */
class MarketplaceBatch {
  readonly listings = new Map<string, MarketplaceListingRow>();
  readonly claims = new Map<string, ListingClaimRow>();
  readonly changedListings = new Set<string>();
  readonly changedClaims = new Set<string>();

  static async load(tx: EntityManager, events: readonly AssetEvent[]): Promise<MarketplaceBatch> {
    const batch = new MarketplaceBatch();
    const assetIds = new Set<string>();
    const listingIds = new Set<string>();
    const claimIds = new Set<string>();
    for (const { data } of events) {
      assetIds.add(data.assetId);
      if ('listingId' in data) listingIds.add(data.listingId);
      if ('claimId' in data) claimIds.add(data.claimId);
    }
    // Every listing of the assets (the active one is found by asset), and the named ones wherever they are.
    for (const row of await bulkRead(tx, MarketplaceListingRow, 'assetId', [...assetIds])) batch.listings.set(row.listingId, row);
    const unseen = [...listingIds].filter((id) => !batch.listings.has(id));
    for (const row of await bulkRead(tx, MarketplaceListingRow, 'listingId', unseen)) batch.listings.set(row.listingId, row);
    for (const row of await bulkRead(tx, ListingClaimRow, 'listingId', [...batch.listings.keys(), ...listingIds]))
      batch.claims.set(row.claimId, row);
    const unseenClaims = [...claimIds].filter((id) => !batch.claims.has(id));
    for (const row of await bulkRead(tx, ListingClaimRow, 'claimId', unseenClaims)) batch.claims.set(row.claimId, row);
    return batch;
  }

  listing(listingId: string, change: Partial<MarketplaceListingRow> & { status?: ListingStatus }): MarketplaceListingRow | undefined {
    const row = this.listings.get(listingId);
    if (row) {
      Object.assign(row, change);
      this.changedListings.add(listingId);
    }
    return row;
  }

  /** The asset's one active listing: transfer events name the asset, not the listing. */
  active(assetId: string): MarketplaceListingRow | undefined {
    for (const row of this.listings.values())
      if (row.assetId === assetId && (row.status === 'listed' || row.status === 'in_transfer')) return row;
    return undefined;
  }

  claim(claimId: string, change: Partial<ListingClaimRow>): void {
    const row = this.claims.get(claimId);
    if (row) {
      Object.assign(row, change);
      this.changedClaims.add(claimId);
    }
  }

  claimsOf(listingId: string, status: string, change: Partial<ListingClaimRow>): void {
    for (const row of this.claims.values()) if (row.listingId === listingId && row.status === status) this.claim(row.claimId, change);
  }

  async write(tx: EntityManager): Promise<void> {
    const listings = [...this.changedListings].map((id) => this.listings.get(id) as MarketplaceListingRow);
    await bulkWrite(tx, MarketplaceListingRow, listings, { conflict: ['listingId'], onConflict: 'update' });
    const claims = [...this.changedClaims].map((id) => this.claims.get(id) as ListingClaimRow);
    await bulkWrite(tx, ListingClaimRow, claims, { conflict: ['claimId'], onConflict: 'update' });
    // Keep the listings' search items in step with the listings.
    await bulkWrite(tx, SearchItemRow, listings.map(listingSearchItem), { conflict: ['itemKey'], onConflict: 'update' });
  }
}

const MARKETPLACE_EVENTS = new Set<string>([
  'asset.listed.v1',
  'asset.listing-withdrawn.v1',
  'asset.listing-expiry-warned.v1',
  'asset.listing-expired.v1',
  'asset.claimed.v1',
  'asset.claim-selected.v1',
  'asset.transfer-rejected.v1',
  'asset.transfer-withdrawn.v1',
  'asset.transferred.v1',
]);

/** The warehouse feed and its claims. Listing events carry a snapshot of the card, so no other read model is consulted. */
export class MarketplaceProjection implements Projection {
  readonly name = 'marketplace';
  readonly lookupIndexes = ['marketplace_listings_asset_idx', 'listing_claims_listing_idx'];

  handles(type: string): boolean {
    return MARKETPLACE_EVENTS.has(type);
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const relevant = events.filter((recorded) => isAssetEvent(recorded) && MARKETPLACE_EVENTS.has(recorded.type));
    if (relevant.length === 0) return;
    const batch = await MarketplaceBatch.load(
      tx,
      relevant.map((recorded) => upcastAssetEvent(recorded)),
    );
    for (const recorded of relevant) this.applyOne(batch, upcastAssetEvent(recorded), recorded);
    await batch.write(tx);
  }

  private applyOne(batch: MarketplaceBatch, event: AssetEvent, recorded: RecordedEvent): void {
    const at = new Date(recorded.metadata.occurredAt);
    switch (event.type) {
      case 'asset.listed.v1': {
        const d = event.data;
        // A repeated delivery leaves the listing (and whatever later events made of it) as it is.
        if (batch.listings.has(d.listingId)) return;
        batch.listings.set(d.listingId, {
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
          expiryWarnedAt: null,
          status: 'listed',
          claimsCount: 0,
          searchText: listingSearchText({ ...d.asset, description: d.description, pickupLocation: d.pickupLocation }),
          listedCommit: recorded.position.commit.toString(),
          listedPrepare: recorded.position.prepare.toString(),
          listedAt: at,
          updatedAt: at,
        });
        batch.changedListings.add(d.listingId);
        return;
      }
      case 'asset.listing-expiry-warned.v1':
        batch.listing(event.data.listingId, { expiryWarnedAt: at });
        return;
      case 'asset.listing-withdrawn.v1':
      case 'asset.listing-expired.v1': {
        const status = event.type === 'asset.listing-withdrawn.v1' ? 'withdrawn' : 'expired';
        batch.listing(event.data.listingId, { status, updatedAt: at });
        batch.claimsOf(event.data.listingId, 'pending', { status: 'closed' });
        return;
      }
      case 'asset.claimed.v1': {
        const d = event.data;
        // The count moves only with a new claim row, so a repeated delivery counts nothing twice.
        if (batch.claims.has(d.claimId)) return;
        batch.claims.set(d.claimId, {
          claimId: d.claimId,
          listingId: d.listingId,
          assetId: d.assetId,
          claimantDepartmentId: d.claimantDepartmentId,
          claimedBy: recorded.metadata.actorId,
          justification: d.justification,
          status: 'pending',
          claimedAt: at,
        });
        batch.changedClaims.add(d.claimId);
        const listing = batch.listings.get(d.listingId);
        if (listing) batch.listing(d.listingId, { claimsCount: listing.claimsCount + 1 });
        return;
      }
      case 'asset.claim-selected.v1':
        batch.listing(event.data.listingId, { status: 'in_transfer', updatedAt: at });
        batch.claim(event.data.claimId, { status: 'selected' });
        return;
      case 'asset.transfer-rejected.v1':
      case 'asset.transfer-withdrawn.v1': {
        const listing = batch.active(event.data.assetId);
        if (listing) {
          batch.listing(listing.listingId, { status: 'listed', updatedAt: at });
          batch.claimsOf(listing.listingId, 'selected', { status: event.type === 'asset.transfer-rejected.v1' ? 'rejected' : 'withdrawn' });
        }
        return;
      }
      case 'asset.transferred.v1':
        batch.listing(event.data.listingId, { status: 'transferred', updatedAt: at });
        batch.claim(event.data.claimId, { status: 'transferred' });
        batch.claimsOf(event.data.listingId, 'pending', { status: 'closed' });
        return;
      default:
        return;
    }
  }
}
