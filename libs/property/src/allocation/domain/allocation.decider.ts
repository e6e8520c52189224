import { Actor, chinaDate, Decision, DepartmentDirectory, isCalendarDate } from '@app/shared';
import { ApprovalPolicyState } from '@app/assets/domain/approval-policy';
import { approvalChain } from '@app/assets/domain/transfer-policy';
import { PROPERTY_KIND_LABELS, PROPERTY_STATUS_LABELS, PropertyKind, PropertyStatus, PropertyUse } from '../../domain/property.constants';
import { SpaceNeedError } from '../../needs/domain/space-need.errors';
import { PostedNeed } from '../../needs/domain/space-need.state';
import { ALLOCATABLE_KINDS, useServes } from '../../needs/domain/use-fit';
import { AllocationEvent, AllocationStepApproved } from './allocation.events';
import { AllocationState, evolveAllocation, initialAllocationState, pendingAllocationStep, StartedAllocation } from './allocation.state';

/** 房屋和构筑物 (GB/T 14885 门类 A01): the category a district policy may name to have finance approve every property move. */
export const PROPERTY_CATEGORY_CODE = 'A01000000';

/** What the allocation needs to know of the property, folded by the handler from the property's own stream. */
export interface AllocatableProperty {
  readonly propertyId: string;
  readonly propertyNo: string;
  readonly name: string;
  readonly kind: PropertyKind;
  readonly use: PropertyUse;
  readonly status: PropertyStatus;
  readonly grossAreaSqm: number;
  readonly ownerUnitId: string;
  readonly occupantUnitId: string | null;
}

interface OnAllocation {
  readonly actor: Actor;
  readonly allocationId: string;
  /** ISO time the command is decided at. */
  readonly now: string;
}

export interface StartAllocation extends OnAllocation {
  readonly kind: 'StartAllocation';
  /** The need as its stream folds it now. */
  readonly need: PostedNeed;
  /** The property as its stream folds it now (null: no such property). */
  readonly property: AllocatableProperty | null;
  /** Original value (分) of the property's 房屋和构筑物 card, 0 without one. */
  readonly valueFen: number;
}

export interface DecideAllocationStep extends OnAllocation {
  readonly kind: 'DecideAllocationStep';
  readonly approve: boolean;
  readonly comment: string | null;
}

export interface ConfirmAllocationHandover extends OnAllocation {
  readonly kind: 'ConfirmAllocationHandover';
  /** China date the department occupies from; null: today. */
  readonly since: string | null;
  readonly note: string | null;
  /** The property as its stream folds it now (null: gone); its vacancy is decided by the property's own stream. */
  readonly property: AllocatableProperty | null;
}

/** Sent by the system when the handover's occupancy was refused because the property is no longer vacant. */
export interface EndAllocation extends OnAllocation {
  readonly kind: 'EndAllocation';
  readonly code: string;
  readonly reason: string;
}

export type AllocationCommand = StartAllocation | DecideAllocationStep | ConfirmAllocationHandover | EndAllocation;

export interface AllocationDeciderDeps {
  readonly departments: DepartmentDirectory;
  /** Every district's approval policies; only a start reads them (it fixes the chain). */
  readonly policies: ApprovalPolicyState;
}

const invalid = (field: string, message: string) => new SpaceNeedError('INVALID_ALLOCATION_FIELD', message, { field });

/** 闲置 and nobody in it: the only state a property can be allocated from. */
export function isVacant(p: Pick<AllocatableProperty, 'status' | 'occupantUnitId'>): boolean {
  return p.status === 'idle' && p.occupantUnitId === null;
}

function propertyProblem(need: PostedNeed, property: AllocatableProperty | null): SpaceNeedError | null {
  if (property === null) return new SpaceNeedError('SPACE_PROPERTY_NOT_FOUND', '没有这处物业');
  if (!(ALLOCATABLE_KINDS as readonly string[]).includes(property.kind)) {
    return new SpaceNeedError(
      'SPACE_PROPERTY_NOT_ALLOCATABLE',
      `${PROPERTY_KIND_LABELS[property.kind]}不能单独调配，请选择其中的房间或整栋楼`,
    );
  }
  if (!isVacant(property)) {
    const state = property.occupantUnitId !== null ? `由 ${property.occupantUnitId} 使用` : PROPERTY_STATUS_LABELS[property.status];
    return new SpaceNeedError('SPACE_PROPERTY_NOT_VACANT', `物业 ${property.propertyNo} 当前${state}，不是闲置物业`);
  }
  if (!useServes(property.use, need.use)) {
    return new SpaceNeedError('SPACE_PROPERTY_USE_NOT_FIT', `物业 ${property.propertyNo} 的用途不能满足该需求`, {
      propertyUse: property.use,
      needUse: need.use,
    });
  }
  if (property.ownerUnitId === need.departmentId) {
    return new SpaceNeedError('SPACE_PROPERTY_ALREADY_YOURS', `物业 ${property.propertyNo} 本就在本单位账上，直接使用即可，无需调配`);
  }
  return null;
}

function start(c: StartAllocation, state: AllocationState, deps: AllocationDeciderDeps): Decision<AllocationEvent> {
  if (state.status !== 'none') return new SpaceNeedError('ALLOCATION_ALREADY_EXISTS', `调配 ${c.allocationId} 已存在`);
  const { need } = c;
  if (c.actor.role !== 'asset_manager' || c.actor.departmentId !== need.departmentId) {
    return new SpaceNeedError('NOT_YOUR_DEPARTMENT', `需求属于 ${need.departmentId}，只能由该单位的资产管理员选用匹配物业`);
  }
  // Open, or already reserved for this very allocation: a take cut off between the two writes and sent again.
  const reservedForThis = need.status === 'allocating' && need.allocationId === c.allocationId;
  if (need.status !== 'open' && !reservedForThis) {
    return new SpaceNeedError('SPACE_NEED_NOT_OPEN', '需求不在待匹配状态', { status: need.status });
  }
  const problem = propertyProblem(need, c.property);
  if (problem) return problem;
  const property = c.property as AllocatableProperty;
  const { steps, crossesSupervisors, policyVersion } = approvalChain(
    {
      fromDepartmentId: property.ownerUnitId,
      toDepartmentId: need.departmentId,
      valueFen: c.valueFen,
      categoryCode: PROPERTY_CATEGORY_CODE,
      at: c.now,
    },
    deps.departments,
    deps.policies,
  );
  return [
    {
      type: 'space-allocation.started.v1',
      data: {
        allocationId: c.allocationId,
        needId: need.needId,
        needTitle: need.title,
        property: {
          propertyId: property.propertyId,
          propertyNo: property.propertyNo,
          name: property.name,
          kind: property.kind,
          use: property.use,
          grossAreaSqm: property.grossAreaSqm,
          ownerUnitId: property.ownerUnitId,
        },
        fromUnitId: property.ownerUnitId,
        toDepartmentId: need.departmentId,
        steps,
        crossesSupervisors,
        policyVersion,
        valueFen: c.valueFen,
        requestedBy: c.actor.userId,
      },
    },
  ];
}

function started(c: AllocationCommand, state: AllocationState): StartedAllocation | SpaceNeedError {
  return state.status === 'none' ? new SpaceNeedError('ALLOCATION_NOT_FOUND', `没有调配 ${c.allocationId}`) : state;
}

/** The same rights as a transfer step: the 主管部门's asset manager reviews, a finance approver of the releasing unit's district approves. */
function mayDecide(c: DecideAllocationStep, a: StartedAllocation, deps: AllocationDeciderDeps): SpaceNeedError | null {
  const step = pendingAllocationStep(a);
  if (!step) return new SpaceNeedError('ALLOCATION_NOT_PENDING', '调配的各审批环节均已完成');
  const allowed =
    step.kind === 'supervisor_review'
      ? c.actor.role === 'asset_manager' && c.actor.departmentId === step.approverDepartmentId
      : c.actor.role === 'finance_approver' && deps.departments.covers(c.actor, a.fromUnitId);
  if (!allowed) {
    const who = step.kind === 'supervisor_review' ? `${step.approverDepartmentId} 的资产管理员` : `${a.fromUnitId} 所在区的财政部门`;
    return new SpaceNeedError('NOT_YOUR_STEP', `当前环节（${step.kind}）由${who}审批`, { step: step.kind });
  }
  if (c.actor.userId === a.requestedBy) {
    return new SpaceNeedError('SOD_SAME_PERSON', '发起调配的人不能审批 (another person must approve)', { rule: 'same-person' });
  }
  if (c.actor.departmentId === a.toDepartmentId) {
    return new SpaceNeedError('SOD_OWN_UNIT', `不能审批本单位的调配申请 (${a.toDepartmentId} asked for this space)`, { rule: 'own-unit' });
  }
  return null;
}

function decideStep(c: DecideAllocationStep, a: StartedAllocation, deps: AllocationDeciderDeps): Decision<AllocationEvent> {
  if (a.status !== 'pending')
    return new SpaceNeedError('ALLOCATION_NOT_PENDING', `调配 ${a.allocationId} 不在审批中`, { status: a.status });
  const refused = mayDecide(c, a, deps);
  if (refused) return refused;
  const step = pendingAllocationStep(a)!;
  const comment = c.comment === null ? null : c.comment.trim();
  if (comment !== null && comment.length > 1000) return invalid('comment', '审批意见不超过 1000 字');
  if (!c.approve) {
    if (!comment) return invalid('comment', '驳回须说明理由');
    return [
      {
        type: 'space-allocation.rejected.v1',
        data: { allocationId: a.allocationId, step: step.kind, by: c.actor.userId, reason: comment },
      },
    ];
  }
  const events: AllocationStepApproved[] = [
    {
      type: 'space-allocation.step-approved.v1',
      data: {
        allocationId: a.allocationId,
        step: step.kind,
        byDepartmentId: c.actor.departmentId,
        by: c.actor.userId,
        comment: comment || null,
      },
    },
  ];
  const next = a.steps[a.steps.indexOf(step) + 1];
  if (next?.kind === 'finance_filing') {
    // 备案: filed with finance as soon as the review passes, no decision needed.
    events.push({
      type: 'space-allocation.step-approved.v1',
      data: { allocationId: a.allocationId, step: 'finance_filing', byDepartmentId: null, by: null, comment: '备案' },
    });
  }
  return events;
}

function handover(c: ConfirmAllocationHandover, a: StartedAllocation): Decision<AllocationEvent> {
  // A handover sent again finds it done: nothing new, and the occupancy it carried is not changed twice.
  if (a.status === 'handed_over') return [];
  if (c.actor.role !== 'asset_manager' || c.actor.departmentId !== a.toDepartmentId) {
    return new SpaceNeedError('NOT_YOUR_DEPARTMENT', `交接由接收单位 ${a.toDepartmentId} 的资产管理员确认`);
  }
  if (a.status === 'pending')
    return new SpaceNeedError('ALLOCATION_APPROVALS_PENDING', `交接须待审批完成（当前：${pendingAllocationStep(a)?.kind}）`);
  if (a.status === 'rejected') return new SpaceNeedError('ALLOCATION_NOT_PENDING', '调配已被驳回', { status: a.status });
  if (a.status === 'ended') return new SpaceNeedError('ALLOCATION_NOT_PENDING', '调配已终止：物业已不是闲置物业', { status: a.status });
  const today = chinaDate(new Date(c.now));
  const since = c.since ?? today;
  if (!isCalendarDate(since)) return invalid('since', '交接日期须为 YYYY-MM-DD');
  if (since > today) return invalid('since', '交接日期不能晚于今天：交接完成后再确认');
  const note = c.note === null ? null : c.note.trim() || null;
  if (note !== null && note.length > 500) return invalid('note', '交接备注不超过 500 字');
  if (c.property === null) return new SpaceNeedError('SPACE_PROPERTY_NOT_FOUND', '没有这处物业');
  // Whether the property is still vacant is decided on its own stream when the occupancy is written
  // (PROPERTY_NOT_VACANT), race-free; a refusal there ends the allocation (EndAllocation).
  return [
    {
      type: 'space-allocation.handed-over.v1',
      data: {
        allocationId: a.allocationId,
        propertyId: a.property.propertyId,
        toDepartmentId: a.toDepartmentId,
        since,
        by: c.actor.userId,
        note,
      },
    },
  ];
}

function end(c: EndAllocation, a: StartedAllocation): Decision<AllocationEvent> {
  if (a.status === 'ended') return [];
  if (c.actor.role !== 'system') return new SpaceNeedError('NOT_YOUR_DEPARTMENT', '调配只在交接被拒时由系统终止');
  if (a.status !== 'approved')
    return new SpaceNeedError('ALLOCATION_NOT_PENDING', `调配 ${a.allocationId} 不在待交接状态`, { status: a.status });
  return [{ type: 'space-allocation.ended.v1', data: { allocationId: a.allocationId, code: c.code, reason: c.reason } }];
}

export function decideAllocation(c: AllocationCommand, state: AllocationState, deps: AllocationDeciderDeps): Decision<AllocationEvent> {
  if (c.kind === 'StartAllocation') return start(c, state, deps);
  const a = started(c, state);
  if (a instanceof SpaceNeedError) return a;
  switch (c.kind) {
    case 'DecideAllocationStep':
      return decideStep(c, a, deps);
    case 'ConfirmAllocationHandover':
      return handover(c, a);
    case 'EndAllocation':
      return end(c, a);
    default: {
      const unreachable: never = c;
      return unreachable;
    }
  }
}

export const allocationDecider = (deps: AllocationDeciderDeps) => ({
  decide: (command: AllocationCommand, state: AllocationState) => decideAllocation(command, state, deps),
  evolve: evolveAllocation,
  initialState: initialAllocationState,
});
