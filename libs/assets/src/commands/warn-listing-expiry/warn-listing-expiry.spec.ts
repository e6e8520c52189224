import { deciderSpec } from '@app/shared/testing/decider-spec';
import { SYSTEM_ACTOR } from '@app/shared';
import { assetDecider, standardAssetDeps } from '../../domain/asset.decider';
import { AssetEvent } from '../../domain/asset.events';
import { listedProjector, NOW, registeredProjector, schoolManager } from '../../testing/asset-fixtures';

describe('到期提醒: the owner is told once that a listing ends soon', () => {
  const spec = deciderSpec(assetDecider(standardAssetDeps()));
  const listed = listedProjector();
  const warned: AssetEvent = {
    type: 'asset.listing-expiry-warned.v1',
    data: { assetId: 'a-1', listingId: listed.data.listingId, advertiseUntil: listed.data.advertiseUntil },
  };
  const warn = (actor = SYSTEM_ACTOR, listingId = listed.data.listingId, now = NOW) => ({
    kind: 'WarnListingExpiry' as const,
    actor,
    assetId: 'a-1',
    now,
    listingId,
  });

  it('warns an open listing once', () => {
    spec.given([registeredProjector, listed]).when(warn()).then([warned]);
    spec.given([registeredProjector, listed, warned]).when(warn()).thenError('LISTING_EXPIRY_ALREADY_WARNED');
  });

  it('refuses a listing that is over, another listing, and anyone but the system', () => {
    spec
      .given([registeredProjector, listed])
      .when(warn(SYSTEM_ACTOR, listed.data.listingId, listed.data.advertiseUntil))
      .thenError('LISTING_NOT_OPEN');
    const withdrawn: AssetEvent = {
      type: 'asset.listing-withdrawn.v1',
      data: { assetId: 'a-1', listingId: listed.data.listingId, reason: '自用' },
    };
    spec.given([registeredProjector, listed, withdrawn]).when(warn()).thenError('LISTING_NOT_OPEN');
    spec.given([registeredProjector, listed]).when(warn(SYSTEM_ACTOR, 'l-other')).thenError('LISTING_NOT_OPEN');
    spec.given([registeredProjector, listed]).when(warn(schoolManager)).thenError('SYSTEM_ONLY');
  });
});
