import { deciderSpec } from '@app/shared/testing/decider-spec';
import { assetDecider, standardAssetDeps } from '../../domain/asset.decider';
import { AssetEvent } from '../../domain/asset.events';
import { evolveAsset, initialAssetState } from '../../domain/asset.state';
import {
  educationManager,
  financeApprover,
  hospitalManager,
  hospitalStaff,
  listedProjector,
  NOW,
  otherSchoolManager,
  registeredProjector,
  schoolManager,
} from '../../testing/asset-fixtures';

const base = (to: string, crosses: boolean, selectedBy = 'mgr-sch1', listedBy = 'mgr-sch1'): AssetEvent[] => [
  registeredProjector,
  { ...listedProjector(), data: { ...listedProjector().data, listedBy } },
  { type: 'asset.claimed.v1', data: { assetId: 'a-1', listingId: 'l-1', claimId: 'c-1', claimantDepartmentId: to, justification: '需要' } },
  {
    type: 'asset.claim-selected.v1',
    data: {
      assetId: 'a-1',
      listingId: 'l-1',
      claimId: 'c-1',
      transferId: 't-1',
      fromDepartmentId: 'D-SCH1',
      toDepartmentId: to,
      crossesSupervisors: crosses,
      steps: [
        { kind: 'supervisor_review', approverDepartmentId: 'D-EDU' },
        crosses ? { kind: 'finance_approval', approverDepartmentId: null } : { kind: 'finance_filing', approverDepartmentId: null },
      ],
      assetNo: 'SCH1-1',
      assetName: '投影仪',
      originalValueFen: 350000,
      netBookValueFen: 250000,
      selectedBy,
    },
  },
];
const approved = (
  step: 'supervisor_review' | 'finance_approval' | 'finance_filing',
  by: string | null,
  comment: string | null,
): AssetEvent => ({
  type: 'asset.transfer-step-approved.v1',
  data: { assetId: 'a-1', transferId: 't-1', step, byDepartmentId: by, comment },
});
const RECEIVED = { custodian: '王医生', location: '门诊楼3楼示教室' };
const handover = (side: 'releasing' | 'receiving'): AssetEvent => ({
  type: 'asset.handover-confirmed.v1',
  data: { assetId: 'a-1', transferId: 't-1', side, ...(side === 'receiving' ? RECEIVED : {}) },
});

describe('transfer (调剂) approvals and handover (交接)', () => {
  const decider = assetDecider(standardAssetDeps());
  const spec = deciderSpec(decider);
  const step = (actor = educationManager, approve = true, comment: string | null = '同意') => ({
    kind: 'DecideTransferStep' as const,
    actor,
    assetId: 'a-1',
    now: NOW,
    transferId: 't-1',
    approve,
    comment,
  });
  const confirm = (actor = schoolManager, receivedAs: typeof RECEIVED | null = actor === hospitalManager ? RECEIVED : null) => ({
    kind: 'ConfirmHandover' as const,
    actor,
    assetId: 'a-1',
    now: NOW,
    transferId: 't-1',
    receivedAs,
  });

  it('files with finance automatically once the 主管部门 approves within its own system', () => {
    spec
      .given(base('D-SCH2', false))
      .when(step())
      .then([approved('supervisor_review', 'D-EDU', '同意'), approved('finance_filing', null, '备案')]);
  });

  it('asks the 主管部门 first, then the finance bureau, across supervising departments', () => {
    spec.given(base('D-HOSP1', true)).when(step(financeApprover)).thenError('NOT_YOUR_STEP');
    spec.given(base('D-HOSP1', true)).when(step(hospitalManager)).thenError('NOT_YOUR_STEP');
    spec
      .given(base('D-HOSP1', true))
      .when(step())
      .then([approved('supervisor_review', 'D-EDU', '同意')]);
    spec
      .given([...base('D-HOSP1', true), approved('supervisor_review', 'D-EDU', '同意')])
      .when(step(financeApprover, true, null))
      .then([approved('finance_approval', 'D-FINANCE', null)]);
  });

  it('separates duties: whoever listed or picked cannot approve, nor anyone of the requesting unit', () => {
    spec
      .given(base('D-HOSP1', true, 'mgr-edu'))
      .when(step())
      .thenError('SOD_SAME_PERSON', { rule: 'same-person' });
    spec
      .given(base('D-HOSP1', true, 'mgr-sch1', 'mgr-edu'))
      .when(step())
      .thenError('SOD_SAME_PERSON', { rule: 'same-person' });
    spec.given(base('D-EDU', false)).when(step()).thenError('SOD_OWN_UNIT', { rule: 'own-unit' });
  });

  it('lets only a finance bureau whose district holds the releasing unit approve', () => {
    const elsewhere = { ...financeApprover, userId: 'fin-other', departmentId: 'D-ELSEWHERE' };
    const reviewed = [...base('D-HOSP1', true), approved('supervisor_review', 'D-EDU', '同意')];
    spec.given(reviewed).when(step(elsewhere)).thenError('NOT_YOUR_STEP');
  });

  it('reopens the listing on rejection, without the rejected claim', () => {
    const rejected: AssetEvent = {
      type: 'asset.transfer-rejected.v1',
      data: { assetId: 'a-1', transferId: 't-1', step: 'supervisor_review', reason: '接收单位已有同类设备' },
    };
    spec
      .given(base('D-HOSP1', true))
      .when(step(educationManager, false, '接收单位已有同类设备'))
      .then([rejected]);
    const state = [...base('D-HOSP1', true), rejected].reduce(evolveAsset, initialAssetState());
    expect(state).toMatchObject({ phase: { kind: 'listed', listing: { openClaims: {} } } });
  });

  it('holds the handover until every step is done', () => {
    spec.given(base('D-HOSP1', true)).when(confirm()).thenError('APPROVALS_PENDING');
  });

  it('moves the books when both sides have confirmed, with original value and accumulated depreciation', () => {
    const ready = [...base('D-HOSP1', true), approved('supervisor_review', 'D-EDU', null), approved('finance_approval', 'D-FINANCE', null)];
    spec
      .given(ready)
      .when(confirm())
      .then([handover('releasing')]);
    spec
      .given([...ready, handover('releasing')])
      .when(confirm())
      .thenError('HANDOVER_ALREADY_CONFIRMED');
    spec
      .given([...ready, handover('releasing')])
      .when(confirm(hospitalManager))
      .then([
        handover('receiving'),
        {
          type: 'asset.transferred.v1',
          data: {
            assetId: 'a-1',
            transferId: 't-1',
            listingId: 'l-1',
            claimId: 'c-1',
            fromDepartmentId: 'D-SCH1',
            toDepartmentId: 'D-HOSP1',
            originalValueFen: 350000,
            accumulatedDepreciationFen: 100000,
            netBookValueFen: 250000,
            ...RECEIVED,
          },
        },
      ]);
    spec.given(ready).when(confirm(hospitalStaff)).thenError('NOT_A_PARTY');
    spec.given(ready).when(confirm(otherSchoolManager)).thenError('NOT_A_PARTY');
  });

  it('has the receiving side name the custodian and the place, and only that side', () => {
    const ready = [...base('D-HOSP1', true), approved('supervisor_review', 'D-EDU', null), approved('finance_approval', 'D-FINANCE', null)];
    spec.given(ready).when(confirm(hospitalManager, null)).thenError('HANDOVER_NEEDS_CUSTODIAN');
    spec
      .given(ready)
      .when(confirm(hospitalManager, { custodian: '', location: '门诊楼' }))
      .thenError('HANDOVER_NEEDS_CUSTODIAN');
    spec.given(ready).when(confirm(schoolManager, RECEIVED)).thenError('CUSTODIAN_NAMED_BY_RECEIVER');
  });

  it('carries what the receiver named when the releasing side confirms last', () => {
    const ready = [
      ...base('D-HOSP1', true),
      approved('supervisor_review', 'D-EDU', null),
      approved('finance_approval', 'D-FINANCE', null),
      handover('receiving'),
    ];
    spec
      .given(ready)
      .when(confirm(schoolManager))
      .then([
        handover('releasing'),
        {
          type: 'asset.transferred.v1',
          data: {
            assetId: 'a-1',
            transferId: 't-1',
            listingId: 'l-1',
            claimId: 'c-1',
            fromDepartmentId: 'D-SCH1',
            toDepartmentId: 'D-HOSP1',
            originalValueFen: 350000,
            accumulatedDepreciationFen: 100000,
            netBookValueFen: 250000,
            ...RECEIVED,
          },
        },
      ]);
  });

  it("never shows the releasing unit's custodian after a transfer, even one recorded before custodians were named", () => {
    const transferredOld: AssetEvent = {
      type: 'asset.transferred.v1',
      data: {
        assetId: 'a-1',
        transferId: 't-1',
        listingId: 'l-1',
        claimId: 'c-1',
        fromDepartmentId: 'D-SCH1',
        toDepartmentId: 'D-HOSP1',
        originalValueFen: 350000,
        accumulatedDepreciationFen: 100000,
        netBookValueFen: 250000,
      },
    };
    const before = [registeredProjector].reduce(evolveAsset, initialAssetState());
    const after = [...base('D-HOSP1', true), transferredOld].reduce(evolveAsset, initialAssetState());
    expect(after).toMatchObject({ departmentId: 'D-HOSP1', custodian: '' });
    expect(after).toMatchObject({ location: (before as { location: string }).location });
    const named = [...base('D-HOSP1', true), { ...transferredOld, data: { ...transferredOld.data, ...RECEIVED } }];
    expect(named.reduce(evolveAsset, initialAssetState())).toMatchObject({ departmentId: 'D-HOSP1', ...RECEIVED });
  });

  it('keeps the asset on the releasing books until the receiver confirms, then moves it', () => {
    const ready = [
      ...base('D-HOSP1', true),
      approved('supervisor_review', 'D-EDU', null),
      approved('finance_approval', 'D-FINANCE', null),
      handover('releasing'),
    ];
    expect(ready.reduce(evolveAsset, initialAssetState())).toMatchObject({ departmentId: 'D-SCH1', phase: { kind: 'in_transfer' } });
    const decision = decider.decide(confirm(hospitalManager), ready.reduce(evolveAsset, initialAssetState()));
    if (!Array.isArray(decision)) throw new Error('expected events');
    expect([...ready, ...decision].reduce(evolveAsset, initialAssetState())).toMatchObject({
      departmentId: 'D-HOSP1',
      phase: { kind: 'in_use' },
    });
  });

  it('lets either side withdraw with a reason, and nobody else', () => {
    const withdraw = (actor = hospitalManager) => ({
      kind: 'WithdrawTransfer' as const,
      actor,
      assetId: 'a-1',
      now: NOW,
      transferId: 't-1',
      reason: '预算已批，改为采购',
    });
    spec
      .given(base('D-HOSP1', true))
      .when(withdraw())
      .then([
        {
          type: 'asset.transfer-withdrawn.v1',
          data: { assetId: 'a-1', transferId: 't-1', side: 'receiving', reason: '预算已批，改为采购' },
        },
      ]);
    spec.given(base('D-HOSP1', true)).when(withdraw(otherSchoolManager)).thenError('NOT_A_PARTY');
    spec
      .given(base('D-HOSP1', true))
      .when({ ...withdraw(), transferId: 't-9' })
      .thenError('TRANSFER_NOT_FOUND');
  });
});
