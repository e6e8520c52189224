import { deciderSpec } from '@app/shared/testing/decider-spec';
import { SYSTEM_ACTOR } from '@app/shared';
import { assetDecider, standardAssetDeps } from '../../domain/asset.decider';
import { AssetEvent } from '../../domain/asset.events';
import { educationManager, listedProjector, NOW, registeredProjector } from '../../testing/asset-fixtures';

const selected = (crosses: boolean): AssetEvent => ({
  type: 'asset.claim-selected.v1',
  data: {
    assetId: 'a-1',
    listingId: 'l-1',
    claimId: 'c-1',
    transferId: 't-1',
    fromDepartmentId: 'D-SCH1',
    toDepartmentId: crosses ? 'D-HOSP1' : 'D-SCH2',
    crossesSupervisors: crosses,
    steps: [
      { kind: 'supervisor_review', approverDepartmentId: 'D-EDU' },
      crosses ? { kind: 'finance_approval', approverDepartmentId: null } : { kind: 'finance_filing', approverDepartmentId: null },
    ],
    assetNo: 'SCH1-1',
    assetName: '投影仪',
    originalValueFen: 350000,
    netBookValueFen: 250000,
    selectedBy: 'mgr-sch1',
  },
});
const base = (crosses = true): AssetEvent[] => [
  registeredProjector,
  listedProjector(),
  {
    type: 'asset.claimed.v1',
    data: { assetId: 'a-1', listingId: 'l-1', claimId: 'c-1', claimantDepartmentId: 'D-HOSP1', justification: '需要' },
  },
  selected(crosses),
];
const reviewed: AssetEvent = {
  type: 'asset.transfer-step-approved.v1',
  data: { assetId: 'a-1', transferId: 't-1', step: 'supervisor_review', byDepartmentId: 'D-EDU', comment: null },
};
const escalated = (step: 'supervisor_review' | 'finance_approval', days = 4): AssetEvent => ({
  type: 'asset.transfer-step-escalated.v1',
  data: {
    assetId: 'a-1',
    transferId: 't-1',
    step,
    pendingSince: '2026-09-29T02:00:00.000Z',
    workingDaysWaited: days,
    escalatedTo: step === 'supervisor_review' ? 'finance_approvers' : 'administrators',
    approverDepartmentId: step === 'supervisor_review' ? 'D-EDU' : null,
  },
});

describe('超时督办: a transfer step left waiting is escalated one level up, once', () => {
  const spec = deciderSpec(assetDecider(standardAssetDeps()));
  const escalate = (step: 'supervisor_review' | 'finance_approval', actor = SYSTEM_ACTOR, transferId = 't-1') => ({
    kind: 'EscalateTransferStep' as const,
    actor,
    assetId: 'a-1',
    now: NOW,
    transferId,
    step,
    pendingSince: '2026-09-29T02:00:00.000Z',
    workingDaysWaited: 4,
  });

  it('escalates a waiting 主管部门 review to 财政, and a waiting 财政 approval to the administrators', () => {
    spec
      .given(base())
      .when(escalate('supervisor_review'))
      .then([escalated('supervisor_review')]);
    spec
      .given([...base(), reviewed])
      .when(escalate('finance_approval'))
      .then([escalated('finance_approval')]);
  });

  it('escalates each step once; the next step may be escalated in its turn', () => {
    spec
      .given([...base(), escalated('supervisor_review')])
      .when(escalate('supervisor_review'))
      .thenError('TRANSFER_STEP_ALREADY_ESCALATED');
    spec
      .given([...base(), escalated('supervisor_review'), reviewed])
      .when(escalate('finance_approval'))
      .then([escalated('finance_approval')]);
  });

  it('refuses a step that no longer waits, another transfer, and anyone but the system', () => {
    spec
      .given([...base(), reviewed])
      .when(escalate('supervisor_review'))
      .thenError('TRANSFER_STEP_NOT_PENDING');
    // Within one 主管部门 the filing is recorded with the review: nothing is left to wait on.
    spec
      .given([...base(false), { ...reviewed }, { ...reviewed, data: { ...reviewed.data, step: 'finance_filing', byDepartmentId: null } }])
      .when(escalate('finance_approval'))
      .thenError('TRANSFER_STEP_NOT_PENDING');
    spec
      .given(base())
      .when(escalate('supervisor_review', SYSTEM_ACTOR, 't-other'))
      .thenError('TRANSFER_NOT_FOUND');
    spec.given(base()).when(escalate('supervisor_review', educationManager)).thenError('SYSTEM_ONLY');
  });
});
