import { deciderSpec } from '@app/shared/testing/decider-spec';
import { assetDecider, standardAssetDeps } from '../../domain/asset.decider';
import { ClaimAsset, SelectClaim } from '../../domain/asset.commands';
import { AssetClaimed } from '../../domain/reallocation.events';
import { hospitalStaff, listedProjector, NOW, otherSchoolStaff, registeredProjector, schoolManager } from '../../testing/asset-fixtures';

const claim = (overrides: Partial<ClaimAsset> = {}): ClaimAsset => ({
  kind: 'ClaimAsset',
  actor: hospitalStaff,
  assetId: 'a-1',
  now: NOW,
  claimId: 'c-1',
  transferId: 't-1',
  justification: '门诊部缺投影仪',
  ...overrides,
});
const claimed = (claimId: string, claimantDepartmentId: string): AssetClaimed => ({
  type: 'asset.claimed.v1',
  data: { assetId: 'a-1', listingId: 'l-1', claimId, claimantDepartmentId, justification: '门诊部缺投影仪' },
});
const selected = (claimId: string, to: string, crosses: boolean, selectedBy: string | null = 'mgr-sch1') => ({
  type: 'asset.claim-selected.v1' as const,
  data: {
    assetId: 'a-1',
    listingId: 'l-1',
    claimId,
    transferId: 't-1',
    fromDepartmentId: 'D-SCH1',
    toDepartmentId: to,
    steps: [
      { kind: 'supervisor_review' as const, approverDepartmentId: 'D-EDU' },
      crosses
        ? { kind: 'finance_approval' as const, approverDepartmentId: null }
        : { kind: 'finance_filing' as const, approverDepartmentId: null },
    ],
    crossesSupervisors: crosses,
    assetNo: 'SCH1-1',
    assetName: '投影仪',
    originalValueFen: 350000,
    netBookValueFen: 250000,
    selectedBy,
    policyVersion: 1,
  },
});

describe('ClaimAsset (申领) and SelectClaim', () => {
  const spec = deciderSpec(assetDecider(standardAssetDeps()));

  it('records a claim with its justification', () => {
    spec
      .given([registeredProjector, listedProjector()])
      .when(claim())
      .then([claimed('c-1', 'D-HOSP1')]);
  });

  it('chooses the first claim at once in first-come mode', () => {
    spec
      .given([registeredProjector, listedProjector('first_come')])
      .when(claim())
      .then([claimed('c-1', 'D-HOSP1'), selected('c-1', 'D-HOSP1', true, null)]);
  });

  it('refuses claims once a first-come listing has its receiver', () => {
    spec
      .given([registeredProjector, listedProjector('first_come'), claimed('c-1', 'D-HOSP1'), selected('c-1', 'D-HOSP1', true, null)])
      .when(claim({ actor: otherSchoolStaff, claimId: 'c-2' }))
      .thenError('LISTING_NOT_OPEN');
  });

  it('keeps the internal window to departments under the same 主管部门', () => {
    const internal = listedProjector('manager_picks', '2026-11-30T00:00:00.000Z');
    spec.given([registeredProjector, internal]).when(claim()).thenError('LISTING_INTERNAL_ONLY');
    spec
      .given([registeredProjector, internal])
      .when(claim({ actor: otherSchoolStaff }))
      .then([claimed('c-1', 'D-SCH2')]);
    spec
      .given([registeredProjector, internal])
      .when(claim({ now: '2026-12-01T00:00:00.000Z' }))
      .then([claimed('c-1', 'D-HOSP1')]);
  });

  it('refuses own assets, a second claim of one department, and expired listings', () => {
    spec
      .given([registeredProjector, listedProjector()])
      .when(claim({ actor: schoolManager }))
      .thenError('CANNOT_CLAIM_OWN_ASSET');
    spec
      .given([registeredProjector, listedProjector(), claimed('c-1', 'D-HOSP1')])
      .when(claim({ claimId: 'c-2' }))
      .thenError('ALREADY_CLAIMED');
    spec
      .given([registeredProjector, listedProjector()])
      .when(claim({ now: '2027-01-01T00:00:00.000Z' }))
      .thenError('LISTING_NOT_OPEN');
    spec.given([registeredProjector]).when(claim()).thenError('LISTING_NOT_OPEN');
  });

  const select = (overrides: Partial<SelectClaim> = {}): SelectClaim => ({
    kind: 'SelectClaim',
    actor: schoolManager,
    assetId: 'a-1',
    now: NOW,
    claimId: 'c-2',
    transferId: 't-1',
    ...overrides,
  });

  it('lets the releasing manager choose one claim; the chain depends on the 主管部门', () => {
    const history = [registeredProjector, listedProjector(), claimed('c-1', 'D-HOSP1'), claimed('c-2', 'D-SCH2')];
    spec
      .given(history)
      .when(select())
      .then([selected('c-2', 'D-SCH2', false)]);
    spec
      .given(history)
      .when(select({ claimId: 'c-1' }))
      .then([selected('c-1', 'D-HOSP1', true)]);
  });

  it('asks for finance approval above the value threshold even within one 主管部门', () => {
    const strict = deciderSpec(assetDecider(standardAssetDeps(300000)));
    const expected = selected('c-2', 'D-SCH2', false);
    strict
      .given([registeredProjector, listedProjector(), claimed('c-2', 'D-SCH2')])
      .when(select())
      .then([
        {
          ...expected,
          data: { ...expected.data, steps: [expected.data.steps[0], { kind: 'finance_approval', approverDepartmentId: null }] },
        },
      ]);
  });

  it('lets exactly one choice stand', () => {
    const history = [
      registeredProjector,
      listedProjector(),
      claimed('c-1', 'D-HOSP1'),
      claimed('c-2', 'D-SCH2'),
      selected('c-2', 'D-SCH2', false),
    ];
    spec
      .given(history)
      .when(select({ claimId: 'c-1' }))
      .thenError('LISTING_NOT_OPEN');
    spec
      .given([registeredProjector, listedProjector()])
      .when(select({ claimId: 'nope' }))
      .thenError('CLAIM_NOT_FOUND');
    spec
      .given([registeredProjector, listedProjector(), claimed('c-2', 'D-SCH2')])
      .when(select({ actor: hospitalStaff }))
      .thenError('NOT_YOUR_DEPARTMENT');
  });
});
