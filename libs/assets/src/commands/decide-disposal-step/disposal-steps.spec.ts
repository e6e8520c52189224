import { DepartmentDirectory } from '@app/shared';
import { deciderSpec } from '@app/shared/testing/decider-spec';
import { initialApprovalPolicyState } from '../../domain/approval-policy';
import { DecideDisposalStep, disposalDecider, WriteOffDisposal } from '../../domain/disposal.decider';
import { DisposalEvent } from '../../domain/disposal.events';
import { evolveDisposal, initialDisposalState } from '../../domain/disposal.state';
import { actor, educationManager, financeApprover, NOW, schoolManager } from '../../testing/asset-fixtures';
import { requested } from '../../testing/disposal-fixtures';

const aboveThreshold = requested({
  steps: [
    { kind: 'supervisor_review', approverDepartmentId: 'D-EDU' },
    { kind: 'finance_approval', approverDepartmentId: null },
  ],
});
const approved = (
  step: 'supervisor_review' | 'finance_approval' | 'finance_filing',
  by: string | null,
  dep: string | null,
  comment: string | null,
): DisposalEvent => ({
  type: 'disposal.step-approved.v1',
  data: { disposalId: 'x-1', step, byDepartmentId: dep, by, comment },
});

describe('disposal approvals (主管部门审核, 财政审批/备案), withdrawal and 核销', () => {
  const spec = deciderSpec(disposalDecider({ departments: DepartmentDirectory.demo(), policies: initialApprovalPolicyState() }));
  const step = (who = educationManager, approve = true, comment: string | null = '同意'): DecideDisposalStep => ({
    kind: 'DecideDisposalStep',
    actor: who,
    disposalId: 'x-1',
    now: NOW,
    approve,
    comment,
  });
  const writeOff = (over: Partial<WriteOffDisposal> = {}): WriteOffDisposal => ({
    kind: 'WriteOffDisposal',
    actor: schoolManager,
    disposalId: 'x-1',
    now: NOW,
    proceedsFen: 0,
    treasuryVoucher: null,
    replyRef: '区教资〔2026〕3号',
    assetsNotHeld: [],
    ...over,
  });

  it('below the threshold: the 主管部门 approves and the request is filed with finance at once', () => {
    spec
      .given([requested()])
      .when(step())
      .then([approved('supervisor_review', 'mgr-edu', 'D-EDU', '同意'), approved('finance_filing', null, null, '备案')]);
    const state = [
      requested(),
      approved('supervisor_review', 'mgr-edu', 'D-EDU', '同意'),
      approved('finance_filing', null, null, '备案'),
    ].reduce(evolveDisposal, initialDisposalState());
    expect(state.status).toBe('approved');
  });

  it('above it: the 主管部门 first, then a finance approver of the unit’s district', () => {
    spec.given([aboveThreshold]).when(step(financeApprover)).thenError('NOT_YOUR_STEP');
    spec
      .given([aboveThreshold])
      .when(step())
      .then([approved('supervisor_review', 'mgr-edu', 'D-EDU', '同意')]);
    const reviewed = [aboveThreshold, approved('supervisor_review', 'mgr-edu', 'D-EDU', '同意')];
    spec.given(reviewed).when(step(educationManager)).thenError('NOT_YOUR_STEP');
    spec
      .given(reviewed)
      .when(step({ ...financeApprover, departmentId: 'D-ELSEWHERE' }))
      .thenError('NOT_YOUR_STEP');
    spec
      .given(reviewed)
      .when(step(financeApprover, true, null))
      .then([approved('finance_approval', 'fin-approver', 'D-FINANCE', null)]);
  });

  it('the requester never approves their own request', () => {
    const ownRequest = requested({ departmentId: 'D-EDU', requestedBy: 'mgr-edu' });
    spec.given([ownRequest]).when(step()).thenError('SOD_SAME_PERSON', { rule: 'same-person' });
    spec
      .given([ownRequest])
      .when(step(actor('reviewer-edu', 'asset_manager', 'D-EDU')))
      .then([approved('supervisor_review', 'reviewer-edu', 'D-EDU', '同意'), approved('finance_filing', null, null, '备案')]);
  });

  it('rejects with a reason at any step; a rejected or withdrawn request takes no further step', () => {
    spec
      .given([aboveThreshold])
      .when(step(educationManager, false, null))
      .thenError('INVALID_DISPOSAL_FIELD', { field: 'comment' });
    const rejected: DisposalEvent = {
      type: 'disposal.rejected.v1',
      data: { disposalId: 'x-1', step: 'supervisor_review', by: 'mgr-edu', reason: '尚可维修' },
    };
    spec
      .given([aboveThreshold])
      .when(step(educationManager, false, '尚可维修'))
      .then([rejected]);
    spec.given([aboveThreshold, rejected]).when(step()).thenError('DISPOSAL_NOT_PENDING');
    spec.given([aboveThreshold, rejected]).when(writeOff()).thenError('DISPOSAL_NOT_APPROVED');
    const withdrawn: DisposalEvent = {
      type: 'disposal.withdrawn.v1',
      data: { disposalId: 'x-1', by: 'mgr-sch1', reason: '维修后继续使用' },
    };
    spec
      .given([aboveThreshold])
      .when({ kind: 'WithdrawDisposal', actor: schoolManager, disposalId: 'x-1', now: NOW, reason: '维修后继续使用' })
      .then([withdrawn]);
    spec
      .given([aboveThreshold])
      .when({ kind: 'WithdrawDisposal', actor: educationManager, disposalId: 'x-1', now: NOW, reason: '不需要' })
      .thenError('NOT_YOUR_DEPARTMENT');
    spec.given([]).when(step()).thenError('DISPOSAL_NOT_FOUND');
  });

  it('writes off only an approved request, recording proceeds paid to the treasury (上缴国库)', () => {
    const done = [requested(), approved('supervisor_review', 'mgr-edu', 'D-EDU', '同意'), approved('finance_filing', null, null, '备案')];
    spec.given([requested()]).when(writeOff()).thenError('DISPOSAL_NOT_APPROVED');
    spec
      .given(done)
      .when(writeOff({ actor: educationManager }))
      .thenError('NOT_YOUR_DEPARTMENT');
    spec
      .given(done)
      .when(writeOff())
      .then([
        {
          type: 'disposal.written-off.v1',
          data: {
            disposalId: 'x-1',
            writtenOffOn: '2026-11-23',
            proceedsFen: 0,
            treasuryVoucher: null,
            replyRef: '区教资〔2026〕3号',
            by: 'mgr-sch1',
          },
        },
      ]);
    spec
      .given(done)
      .when(writeOff({ proceedsFen: 12000 }))
      .thenError('PROCEEDS_REQUIRED', { field: 'treasuryVoucher' });
    const sale = [requested({ disposalKind: 'sale' }), ...done.slice(1)];
    spec.given(sale).when(writeOff()).thenError('PROCEEDS_REQUIRED', { field: 'proceedsFen' });
    spec
      .given(sale)
      .when(writeOff({ proceedsFen: 120000, treasuryVoucher: '非税缴款书 0001', replyRef: null }))
      .then([
        {
          type: 'disposal.written-off.v1',
          data: {
            disposalId: 'x-1',
            writtenOffOn: '2026-11-23',
            proceedsFen: 120000,
            treasuryVoucher: '非税缴款书 0001',
            replyRef: null,
            by: 'mgr-sch1',
          },
        },
      ]);
    spec
      .given([
        ...done,
        {
          type: 'disposal.written-off.v1',
          data: { disposalId: 'x-1', writtenOffOn: '2026-11-23', proceedsFen: 0, treasuryVoucher: null, replyRef: null, by: 'mgr-sch1' },
        },
      ])
      .when(writeOff())
      .thenError('DISPOSAL_NOT_APPROVED');
  });

  it('refuses 核销 while any asset of the request is not held for it (a hold cut off by a store error)', () => {
    const done = [requested(), approved('supervisor_review', 'mgr-edu', 'D-EDU', '同意'), approved('finance_filing', null, null, '备案')];
    spec
      .given(done)
      .when(writeOff({ assetsNotHeld: ['SCH1-1'] }))
      .thenError('DISPOSAL_ASSETS_NOT_HELD', { assetNos: ['SCH1-1'] });
  });
});
