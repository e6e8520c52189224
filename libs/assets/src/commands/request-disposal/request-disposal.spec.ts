import { DepartmentDirectory } from '@app/shared';
import { deciderSpec } from '@app/shared/testing/decider-spec';
import { assetDecider, standardAssetDeps } from '../../domain/asset.decider';
import { AssetEvent } from '../../domain/asset.events';
import { OFFICE_SPACE_DISPOSAL_RULE } from '../../domain/asset.errors';
import { disposalDecider, RequestDisposal } from '../../domain/disposal.decider';
import { initialApprovalPolicyState } from '../../domain/approval-policy';
import { educationManager, hospitalManager, listedProjector, NOW, registeredProjector, schoolManager } from '../../testing/asset-fixtures';
import { folded, policiesWithDisposalThreshold, requested, secondProjector } from '../../testing/disposal-fixtures';

describe('requesting a disposal (处置申请)', () => {
  const spec = deciderSpec(
    disposalDecider({ departments: DepartmentDirectory.demo(), policies: policiesWithDisposalThreshold(5_000_000) }),
  );
  const request = (over: Partial<RequestDisposal> = {}): RequestDisposal => ({
    kind: 'RequestDisposal',
    actor: schoolManager,
    disposalId: 'x-1',
    now: NOW,
    disposalKind: 'scrap',
    reason: '主板损坏，无维修价值',
    counterparty: null,
    photos: [],
    assets: [folded([registeredProjector])],
    ...over,
  });

  it('below the threshold: the 主管部门 reviews and the request is filed with finance (备案)', () => {
    spec.given([]).when(request()).then([requested()]);
  });

  it('above the threshold (批量原值 of the whole request): finance approves after the 主管部门', () => {
    const assets = [folded([registeredProjector]), folded([secondProjector])];
    spec
      .given([])
      .when(request({ assets }))
      .then([
        requested({
          assets: [
            requested().data.assets[0],
            { ...requested().data.assets[0], assetId: 'a-2', assetNo: 'SCH1-2', originalValueFen: 4_800_000, netBookValueFen: 4_800_000 },
          ],
          totalOriginalValueFen: 5_150_000,
          totalNetBookValueFen: 5_050_000,
          steps: [
            { kind: 'supervisor_review', approverDepartmentId: 'D-EDU' },
            { kind: 'finance_approval', approverDepartmentId: null },
          ],
        }),
      ]);
  });

  it('with no disposal threshold in the policy in force, finance approves every disposal', () => {
    const strict = deciderSpec(disposalDecider({ departments: DepartmentDirectory.demo(), policies: policiesWithDisposalThreshold() }));
    const steps = [
      { kind: 'supervisor_review' as const, approverDepartmentId: 'D-EDU' },
      { kind: 'finance_approval' as const, approverDepartmentId: null },
    ];
    strict
      .given([])
      .when(request())
      .then([requested({ steps })]);
    const none = deciderSpec(disposalDecider({ departments: DepartmentDirectory.demo(), policies: initialApprovalPolicyState() }));
    none
      .given([])
      .when(request())
      .then([requested({ steps, policyVersion: null })]);
  });

  it('takes a listed asset straight to disposal, naming the listing it withdraws', () => {
    spec
      .given([])
      .when(request({ assets: [folded([registeredProjector, listedProjector()])] }))
      .then([requested({ assets: [{ ...requested().data.assets[0], withdrawnListingId: 'l-1' }] })]);
  });

  it('refuses office space, naming the rule that governs it', () => {
    const office = folded([{ ...registeredProjector, data: { ...registeredProjector.data, usage: 'office_space' } }]);
    spec
      .given([])
      .when(request({ assets: [office] }))
      .thenError('OFFICE_SPACE_NOT_DISPOSABLE', { rule: OFFICE_SPACE_DISPOSAL_RULE });
    expect(OFFICE_SPACE_DISPOSAL_RULE).toContain('《党政机关办公用房管理办法》第四条');
  });

  it('refuses an asset in a transfer, a listing with claims, an asset on loan, another unit’s asset and a non-manager', () => {
    const claimed: AssetEvent = {
      type: 'asset.claimed.v1',
      data: { assetId: 'a-1', listingId: 'l-1', claimId: 'c-1', claimantDepartmentId: 'D-HOSP1', justification: '需要' },
    };
    const selected: AssetEvent = {
      type: 'asset.claim-selected.v1',
      data: {
        assetId: 'a-1',
        listingId: 'l-1',
        claimId: 'c-1',
        transferId: 't-1',
        fromDepartmentId: 'D-SCH1',
        toDepartmentId: 'D-HOSP1',
        steps: [],
        crossesSupervisors: true,
        assetNo: 'SCH1-1',
        assetName: '投影仪',
        originalValueFen: 350000,
        netBookValueFen: 250000,
      },
    };
    const listed = [registeredProjector, listedProjector(), claimed];
    spec
      .given([])
      .when(request({ assets: [folded(listed)] }))
      .thenError('LISTING_HAS_CLAIMS');
    spec
      .given([])
      .when(request({ assets: [folded([...listed, selected])] }))
      .thenError('ASSET_IN_TRANSFER', { transferId: 't-1' });
    const lent: AssetEvent = {
      type: 'asset.lent.v1',
      data: {
        assetId: 'a-1',
        loanId: 'ln-1',
        assetNo: 'SCH1-1',
        assetName: '投影仪',
        lenderDepartmentId: 'D-SCH1',
        borrowerDepartmentId: 'D-HOSP1',
        borrower: '李护士长',
        purpose: '义诊',
        lentOn: '2026-11-20',
        dueOn: '2026-12-20',
      },
    };
    spec
      .given([])
      .when(request({ assets: [folded([registeredProjector, lent])] }))
      .thenError('ASSET_ON_LOAN', { loanId: 'ln-1' });
    spec
      .given([])
      .when(request({ actor: hospitalManager }))
      .thenError('NOT_YOUR_DEPARTMENT');
    spec
      .given([])
      .when(request({ actor: { ...schoolManager, role: 'department_staff' } }))
      .thenError('NOT_YOUR_DEPARTMENT');
  });

  it('asks who receives a donation, a swap or a free transfer, and a reason for every request', () => {
    spec
      .given([])
      .when(request({ disposalKind: 'donation' }))
      .thenError('INVALID_DISPOSAL_FIELD', { field: 'counterparty' });
    spec
      .given([])
      .when(request({ reason: '' }))
      .thenError('INVALID_DISPOSAL_FIELD', { field: 'reason' });
    spec
      .given([])
      .when(request({ disposalKind: 'free_transfer', counterparty: '邻区实验小学' }))
      .then([requested({ disposalKind: 'free_transfer', counterparty: '邻区实验小学' })]);
  });

  it('refuses a second request for the same disposal id', () => {
    spec.given([requested()]).when(request()).thenError('DISPOSAL_ALREADY_EXISTS');
  });
});

describe('the asset held for a disposal (待处置)', () => {
  const spec = deciderSpec(assetDecider(standardAssetDeps()));
  const hold = {
    kind: 'HoldForDisposal' as const,
    actor: schoolManager,
    assetId: 'a-1',
    disposalId: 'x-1',
    disposalKind: 'scrap' as const,
  };
  const held: AssetEvent = {
    type: 'asset.disposal-requested.v1',
    data: { assetId: 'a-1', disposalId: 'x-1', disposalKind: 'scrap', withdrawnListingId: null },
  };
  const heldWithdrawing: AssetEvent = { ...held, data: { ...held.data, withdrawnListingId: 'l-1' } } as AssetEvent;

  it('is held, withdrawing an open listing without claims in the same write (转入处置) and naming it on the hold', () => {
    spec.given([registeredProjector]).when(hold).then([held]);
    spec
      .given([registeredProjector, listedProjector()])
      .when(hold)
      .then([
        { type: 'asset.listing-withdrawn.v1', data: { assetId: 'a-1', listingId: 'l-1', reason: '转入处置 (disposal x-1)' } },
        heldWithdrawing,
      ]);
    spec.given([registeredProjector, held]).when(hold).then([]);
  });

  it('cannot be listed, or put in a second request, while held', () => {
    spec
      .given([registeredProjector, held])
      .when({ ...hold, disposalId: 'x-2' })
      .thenError('ASSET_PENDING_DISPOSAL', { disposalId: 'x-1' });
    spec
      .given([registeredProjector, held])
      .when({
        kind: 'ListAsset',
        actor: schoolManager,
        assetId: 'a-1',
        now: NOW,
        listingId: 'l-2',
        description: '闲置',
        condition: 'good',
        photos: [],
        pickupLocation: '门卫室',
        claimMode: 'manager_picks',
        internalUntil: null,
        advertiseUntil: '2026-12-31T00:00:00.000Z',
      })
      .thenError('ASSET_NOT_IN_USE');
  });

  it('keeps what chose its approval chain while held: no correction of value, depreciation, category or usage', () => {
    const correct = (changes: Record<string, unknown>) => ({
      kind: 'CorrectAsset' as const,
      actor: schoolManager,
      today: '2026-11-23',
      assetId: 'a-1',
      changes,
      reason: '更正',
    });
    spec
      .given([registeredProjector, held])
      .when(correct({ originalValueFen: 8_000_000 }))
      .thenError('CARD_FROZEN_FOR_DISPOSAL', { field: 'originalValueFen' });
    spec
      .given([registeredProjector, held])
      .when(correct({ usage: 'office_space' }))
      .thenError('CARD_FROZEN_FOR_DISPOSAL', { field: 'usage' });
    spec
      .given([registeredProjector, held])
      .when(correct({ name: '投影仪（旧）' }))
      .then([
        {
          type: 'asset.corrected.v1',
          data: { assetId: 'a-1', previous: { name: '投影仪' }, corrected: { name: '投影仪（旧）' }, reason: '更正' },
        },
      ]);
  });

  it('is released when its request ends without approval, and written off (核销) after it', () => {
    spec
      .given([registeredProjector, held])
      .when({ kind: 'ReleaseFromDisposal', actor: educationManager, assetId: 'a-1', disposalId: 'x-1', outcome: 'rejected' })
      .then([{ type: 'asset.disposal-released.v1', data: { assetId: 'a-1', disposalId: 'x-1', outcome: 'rejected' } }]);
    const writtenOff: AssetEvent = {
      type: 'asset.written-off.v1',
      data: {
        assetId: 'a-1',
        disposalId: 'x-1',
        disposalKind: 'scrap',
        departmentId: 'D-SCH1',
        originalValueFen: 350000,
        accumulatedDepreciationFen: 100000,
        netBookValueFen: 250000,
      },
    };
    spec
      .given([registeredProjector, held])
      .when({ kind: 'WriteOffAsset', actor: schoolManager, assetId: 'a-1', disposalId: 'x-1' })
      .then([writtenOff]);
    spec
      .given([registeredProjector])
      .when({ kind: 'WriteOffAsset', actor: schoolManager, assetId: 'a-1', disposalId: 'x-1' })
      .thenError('DISPOSAL_NOT_APPROVED');
    // Off the books: repeated write-off writes nothing; every other command is refused.
    spec
      .given([registeredProjector, held, writtenOff])
      .when({ kind: 'WriteOffAsset', actor: schoolManager, assetId: 'a-1', disposalId: 'x-1' })
      .then([]);
    spec
      .given([registeredProjector, held, writtenOff])
      .when({ kind: 'RelocateAsset', actor: schoolManager, assetId: 'a-1', location: '库房', custodian: null, reason: null })
      .thenError('ASSET_WRITTEN_OFF');
  });
});
