import { DepartmentDirectory, SYSTEM_ACTOR } from '@app/shared';
import { deciderSpec } from '@app/shared/testing/decider-spec';
import { evolveApprovalPolicy, initialApprovalPolicyState } from '@app/assets/domain/approval-policy';
import {
  actor,
  educationManager,
  financeApprover,
  hospitalDeputy,
  hospitalManager,
  NOW,
  openNeed,
  schoolManager,
  started,
  vacantRoom,
} from '../../needs/testing/space-need-fixtures';
import { allocationDecider, ConfirmAllocationHandover, DecideAllocationStep, StartAllocation } from './allocation.decider';
import { AllocationEvent } from './allocation.events';

const departments = DepartmentDirectory.demo();
const start = (over: Partial<StartAllocation> = {}): StartAllocation => ({
  kind: 'StartAllocation',
  actor: hospitalManager,
  allocationId: 'al-1',
  now: NOW,
  need: openNeed(),
  property: vacantRoom(),
  valueFen: 0,
  ...over,
});
const step = (who = educationManager, approve = true, comment: string | null = '同意'): DecideAllocationStep => ({
  kind: 'DecideAllocationStep',
  actor: who,
  allocationId: 'al-1',
  now: NOW,
  approve,
  comment,
});
const approved = (
  s: 'supervisor_review' | 'finance_approval' | 'finance_filing',
  by: string | null,
  dep: string | null,
  comment: string | null,
) => ({ type: 'space-allocation.step-approved.v1', data: { allocationId: 'al-1', step: s, byDepartmentId: dep, by, comment } }) as const;
const handover = (over: Partial<ConfirmAllocationHandover> = {}): ConfirmAllocationHandover => ({
  kind: 'ConfirmAllocationHandover',
  actor: hospitalManager,
  allocationId: 'al-1',
  now: NOW,
  since: null,
  note: null,
  property: vacantRoom(),
  ...over,
});
const fullyApproved: AllocationEvent[] = [
  started(),
  approved('supervisor_review', 'mgr-edu', 'D-EDU', '同意'),
  approved('finance_approval', 'fin-approver', 'D-FINANCE', '同意'),
];

describe('allocation (调配) of a vacant property to a need: approvals, rejection, handover', () => {
  const spec = deciderSpec(allocationDecider({ departments, policies: initialApprovalPolicyState() }));

  it('starts across 主管部门: the owner’s 主管部门 reviews, then the finance bureau approves', () => {
    spec.given([]).when(start()).then([started()]);
  });

  it('within one 主管部门 under the district policy: reviewed, then filed (备案) with finance at once', () => {
    const policies = evolveApprovalPolicy(initialApprovalPolicyState(), {
      type: 'policy.transfer-approval-recorded.v1',
      data: {
        districtId: 'R-DEMO',
        version: 3,
        effectiveFrom: '2020-01-01',
        effectiveAt: '2020-01-01T00:00:00.000Z',
        rules: { financeApprovalAboveFen: 5_000_000, crossingNeedsFinanceApproval: true, financeApprovalCategories: [] },
        reason: '规则',
        recordedBy: 'fin-approver',
      },
    });
    const withPolicy = deciderSpec(allocationDecider({ departments, policies }));
    const need = openNeed({ departmentId: 'D-SCH1', postedBy: 'mgr-sch1' });
    const filed = started({
      toDepartmentId: 'D-SCH1',
      requestedBy: 'mgr-sch1',
      crossesSupervisors: false,
      policyVersion: 3,
      steps: [
        { kind: 'supervisor_review', approverDepartmentId: 'D-EDU' },
        { kind: 'finance_filing', approverDepartmentId: null },
      ],
    });
    withPolicy
      .given([])
      .when(start({ actor: schoolManager, need }))
      .then([filed]);
    withPolicy
      .given([filed])
      .when(step())
      .then([approved('supervisor_review', 'mgr-edu', 'D-EDU', '同意'), approved('finance_filing', null, null, '备案')]);
    // The value of the linked 房屋和构筑物 card above the threshold needs the finance bureau's approval.
    withPolicy
      .given([])
      .when(start({ actor: schoolManager, need, valueFen: 6_000_000 }))
      .then([
        started({
          ...filed.data,
          valueFen: 6_000_000,
          steps: [
            { kind: 'supervisor_review', approverDepartmentId: 'D-EDU' },
            { kind: 'finance_approval', approverDepartmentId: null },
          ],
        }),
      ]);
  });

  it('is started only by the need’s department, for an open need', () => {
    spec
      .given([])
      .when(start({ actor: schoolManager }))
      .thenError('NOT_YOUR_DEPARTMENT');
    spec
      .given([])
      .when(start({ need: { ...openNeed(), status: 'allocating', allocationId: 'al-0', propertyId: 'p-9' } }))
      .thenError('SPACE_NEED_NOT_OPEN');
    spec.given([started()]).when(start()).thenError('ALLOCATION_ALREADY_EXISTS');
    // A take cut off after the need was reserved for it completes when sent again.
    spec
      .given([])
      .when(start({ need: { ...openNeed(), status: 'allocating', allocationId: 'al-1', propertyId: 'p-1' } }))
      .then([started()]);
  });

  it('takes only a vacant room, building or parcel whose use serves the need, of another unit', () => {
    spec
      .given([])
      .when(start({ property: null }))
      .thenError('SPACE_PROPERTY_NOT_FOUND');
    spec
      .given([])
      .when(start({ property: vacantRoom({ status: 'in_use', occupantUnitId: 'D-SCH2' }) }))
      .thenError('SPACE_PROPERTY_NOT_VACANT');
    spec
      .given([])
      .when(start({ property: vacantRoom({ status: 'leased' }) }))
      .thenError('SPACE_PROPERTY_NOT_VACANT');
    spec
      .given([])
      .when(start({ property: vacantRoom({ use: 'business' }) }))
      .thenError('SPACE_PROPERTY_USE_NOT_FIT', { propertyUse: 'business', needUse: 'office' });
    spec
      .given([])
      .when(start({ property: vacantRoom({ kind: 'floor' }) }))
      .thenError('SPACE_PROPERTY_NOT_ALLOCATABLE');
    spec
      .given([])
      .when(start({ property: vacantRoom({ ownerUnitId: 'D-HOSP1' }) }))
      .thenError('SPACE_PROPERTY_ALREADY_YOURS');
  });

  it('is decided step by step by the right people, as a transfer is', () => {
    spec.given([started()]).when(step(financeApprover)).thenError('NOT_YOUR_STEP');
    spec
      .given([started()])
      .when(step(actor('mgr-health', 'asset_manager', 'D-HEALTH')))
      .thenError('NOT_YOUR_STEP');
    spec
      .given([started()])
      .when(step())
      .then([approved('supervisor_review', 'mgr-edu', 'D-EDU', '同意')]);
    const reviewed = fullyApproved.slice(0, 2);
    spec.given(reviewed).when(step()).thenError('NOT_YOUR_STEP');
    spec
      .given(reviewed)
      .when(step({ ...financeApprover, departmentId: 'D-ELSEWHERE' }))
      .thenError('NOT_YOUR_STEP');
    spec
      .given(reviewed)
      .when(step(financeApprover))
      .then([approved('finance_approval', 'fin-approver', 'D-FINANCE', '同意')]);
    spec.given(fullyApproved).when(step(financeApprover)).thenError('ALLOCATION_NOT_PENDING');
  });

  it('keeps duties apart: the requester and the receiving unit never approve', () => {
    const ownSupervisor = started({ steps: [{ kind: 'supervisor_review', approverDepartmentId: 'D-HOSP1' }] });
    spec.given([ownSupervisor]).when(step(hospitalManager)).thenError('SOD_SAME_PERSON');
    spec.given([ownSupervisor]).when(step(hospitalDeputy)).thenError('SOD_OWN_UNIT');
  });

  it('ends on a rejection, which must give its reason', () => {
    spec
      .given([started()])
      .when(step(educationManager, false, '  '))
      .thenError('INVALID_ALLOCATION_FIELD', { field: 'comment' });
    const rejected: AllocationEvent = {
      type: 'space-allocation.rejected.v1',
      data: { allocationId: 'al-1', step: 'supervisor_review', by: 'mgr-edu', reason: '该房另有安排' },
    };
    spec
      .given([started()])
      .when(step(educationManager, false, '该房另有安排'))
      .then([rejected]);
    spec.given([started(), rejected]).when(step()).thenError('ALLOCATION_NOT_PENDING');
    spec.given([started(), rejected]).when(handover()).thenError('ALLOCATION_NOT_PENDING');
  });

  it('is handed over by the receiving unit after every approval, once', () => {
    spec.given([started()]).when(handover()).thenError('ALLOCATION_APPROVALS_PENDING');
    spec
      .given(fullyApproved)
      .when(handover({ actor: schoolManager }))
      .thenError('NOT_YOUR_DEPARTMENT');
    const handedOver: AllocationEvent = {
      type: 'space-allocation.handed-over.v1',
      data: { allocationId: 'al-1', propertyId: 'p-1', toDepartmentId: 'D-HOSP1', since: '2026-11-23', by: 'mgr-hosp1', note: null },
    };
    spec.given(fullyApproved).when(handover()).then([handedOver]);
    spec
      .given([...fullyApproved, handedOver])
      .when(handover())
      .then([]);
    spec
      .given(fullyApproved)
      .when(handover({ since: '2026-11-30' }))
      .thenError('INVALID_ALLOCATION_FIELD', { field: 'since' });
  });

  it('is ended by the system when the property was no longer vacant at handover, and is then closed to a handover', () => {
    const end = {
      kind: 'EndAllocation',
      allocationId: 'al-1',
      now: NOW,
      code: 'PROPERTY_NOT_VACANT',
      reason: '物业已由其他单位使用',
    } as const;
    const ended: AllocationEvent = {
      type: 'space-allocation.ended.v1',
      data: { allocationId: 'al-1', code: 'PROPERTY_NOT_VACANT', reason: '物业已由其他单位使用' },
    };
    spec
      .given(fullyApproved)
      .when({ ...end, actor: SYSTEM_ACTOR })
      .then([ended]);
    spec
      .given([...fullyApproved, ended])
      .when({ ...end, actor: SYSTEM_ACTOR })
      .then([]);
    spec
      .given(fullyApproved)
      .when({ ...end, actor: hospitalManager })
      .thenError('NOT_YOUR_DEPARTMENT');
    spec
      .given([started()])
      .when({ ...end, actor: SYSTEM_ACTOR })
      .thenError('ALLOCATION_NOT_PENDING');
    spec
      .given([...fullyApproved, ended])
      .when(handover())
      .thenError('ALLOCATION_NOT_PENDING');
  });
});
