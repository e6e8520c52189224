import { evolveApprovalPolicy, initialApprovalPolicyState } from '../domain/approval-policy';
import { AssetEvent } from '../domain/asset.events';
import { AssetState, evolveAsset, initialAssetState, RegisteredAsset } from '../domain/asset.state';
import { DisposalRequested } from '../domain/disposal.events';
import { registeredProjector } from './asset-fixtures';

/** The demo district's policy: finance approves disposals above ¥50,000 (recorded in 2020). */
export const policiesWithDisposalThreshold = (disposalFinanceApprovalAboveFen?: number) =>
  evolveApprovalPolicy(initialApprovalPolicyState(), {
    type: 'policy.transfer-approval-recorded.v1',
    data: {
      districtId: 'R-DEMO',
      version: 1,
      effectiveFrom: '2020-01-01',
      effectiveAt: '2020-01-01T00:00:00.000Z',
      rules: {
        financeApprovalAboveFen: 5_000_000,
        crossingNeedsFinanceApproval: true,
        financeApprovalCategories: [],
        ...(disposalFinanceApprovalAboveFen === undefined ? {} : { disposalFinanceApprovalAboveFen }),
      },
      reason: '规则',
      recordedBy: 'fin-approver',
    },
  });

export function folded(events: readonly AssetEvent[]): RegisteredAsset {
  const state = events.reduce<AssetState>(evolveAsset, initialAssetState());
  if (state.status !== 'registered') throw new Error('fixture is not a registered asset');
  return state;
}

export const secondProjector: AssetEvent = {
  type: 'asset.registered.v1',
  data: { ...registeredProjector.data, assetId: 'a-2', assetNo: 'SCH1-2', originalValueFen: 4_800_000, accumulatedDepreciationFen: 0 },
};

/** A scrap request of the school's projector (¥3,500), reviewed by 区教育局 and filed with finance. */
export const requested = (over: Partial<DisposalRequested['data']> = {}): DisposalRequested => ({
  type: 'disposal.requested.v1',
  data: {
    disposalId: 'x-1',
    departmentId: 'D-SCH1',
    disposalKind: 'scrap',
    reason: '主板损坏，无维修价值',
    counterparty: null,
    photos: [],
    assets: [
      {
        assetId: 'a-1',
        assetNo: 'SCH1-1',
        name: '投影仪',
        categoryCode: 'A02000000',
        originalValueFen: 350000,
        netBookValueFen: 250000,
        withdrawnListingId: null,
      },
    ],
    totalOriginalValueFen: 350000,
    totalNetBookValueFen: 250000,
    steps: [
      { kind: 'supervisor_review', approverDepartmentId: 'D-EDU' },
      { kind: 'finance_filing', approverDepartmentId: null },
    ],
    policyVersion: 1,
    requestedBy: 'mgr-sch1',
    ...over,
  },
});
