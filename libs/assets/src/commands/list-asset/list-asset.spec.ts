import { deciderSpec } from '@app/shared/testing/decider-spec';
import { assetDecider, standardAssetDeps } from '../../domain/asset.decider';
import { ListAsset } from '../../domain/asset.commands';
import { OFFICE_SPACE_RULE } from '../../domain/asset.errors';
import { listedProjector, NOW, otherSchoolManager, registeredProjector, schoolManager } from '../../testing/asset-fixtures';

const list = (overrides: Partial<ListAsset> = {}): ListAsset => ({
  kind: 'ListAsset',
  actor: schoolManager,
  assetId: 'a-1',
  now: NOW,
  listingId: 'l-1',
  description: '九成新，带遥控器',
  condition: 'good',
  photos: [],
  pickupLocation: '实验小学门卫室',
  claimMode: 'manager_picks',
  internalUntil: null,
  advertiseUntil: '2026-12-31T16:00:00.000Z',
  ...overrides,
});

describe('ListAsset (入仓)', () => {
  const spec = deciderSpec(assetDecider(standardAssetDeps()));

  it('lists an asset in use, with a snapshot of its card and net book value', () => {
    spec.given([registeredProjector]).when(list()).then([listedProjector()]);
  });

  it('refuses office space with the legal reason', () => {
    const office = {
      ...registeredProjector,
      data: { ...registeredProjector.data, categoryCode: 'A01000000', usage: 'office_space' as const },
    };
    spec.given([office]).when(list()).thenError('OFFICE_SPACE_NOT_LENDABLE', { rule: OFFICE_SPACE_RULE });
  });

  it("refuses another department's manager", () => {
    spec
      .given([registeredProjector])
      .when(list({ actor: otherSchoolManager }))
      .thenError('NOT_YOUR_DEPARTMENT');
  });

  it('refuses to list twice', () => {
    spec
      .given([registeredProjector, listedProjector()])
      .when(list({ listingId: 'l-2' }))
      .thenError('ASSET_NOT_IN_USE');
  });

  it('refuses an advertise-until time in the past and an internal window outside the listing', () => {
    spec
      .given([registeredProjector])
      .when(list({ advertiseUntil: '2026-11-01T00:00:00.000Z' }))
      .thenError('INVALID_LISTING_WINDOW', { field: 'advertiseUntil' });
    spec
      .given([registeredProjector])
      .when(list({ internalUntil: '2027-01-31T00:00:00.000Z' }))
      .thenError('INVALID_LISTING_WINDOW', { field: 'internalUntil' });
  });

  // Defence in depth: what the warehouse read model writes is checked whatever the HTTP layer let through.
  it.each([
    ['description', null],
    ['description', ' '],
    ['pickupLocation', 7],
    ['condition', 'shiny'],
    ['advertiseUntil', 'soon'],
  ])('refuses a listing whose %s is %p', (field, value) => {
    spec
      .given([registeredProjector])
      .when(list({ [field]: value } as unknown as Partial<ListAsset>))
      .thenError('INVALID_LISTING_FIELD', { field });
  });

  it('relists after a withdrawal', () => {
    const withdrawn = { type: 'asset.listing-withdrawn.v1' as const, data: { assetId: 'a-1', listingId: 'l-1', reason: '本单位继续使用' } };
    const relisted = listedProjector();
    spec
      .given([registeredProjector, listedProjector(), withdrawn])
      .when(list({ listingId: 'l-2' }))
      .then([{ ...relisted, data: { ...relisted.data, listingId: 'l-2' } }]);
  });

  it('withdraws an open listing with a reason, and expires one only after its time', () => {
    spec
      .given([registeredProjector, listedProjector()])
      .when({ kind: 'WithdrawListing', actor: schoolManager, assetId: 'a-1', now: NOW, reason: '本单位继续使用' })
      .then([{ type: 'asset.listing-withdrawn.v1', data: { assetId: 'a-1', listingId: 'l-1', reason: '本单位继续使用' } }]);
    spec
      .given([registeredProjector, listedProjector()])
      .when({ kind: 'ExpireListing', actor: schoolManager, assetId: 'a-1', now: NOW })
      .thenError('LISTING_NOT_EXPIRED');
    spec
      .given([registeredProjector, listedProjector()])
      .when({ kind: 'ExpireListing', actor: schoolManager, assetId: 'a-1', now: '2027-01-01T00:00:00.000Z' })
      .then([{ type: 'asset.listing-expired.v1', data: { assetId: 'a-1', listingId: 'l-1', expiredAt: '2026-12-31T16:00:00.000Z' } }]);
  });
});
