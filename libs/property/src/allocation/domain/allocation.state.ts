import type { TransferStep, TransferStepKind } from '@app/assets/domain/reallocation.events';
import { AllocationEvent, AllocationStarted } from './allocation.events';

/** 审批中 (pending) → 待交接 (approved) → 已交接 (handed_over); or 已驳回 (rejected); or 已终止 (ended: not vacant at handover). */
export const ALLOCATION_STATUSES = ['pending', 'approved', 'rejected', 'handed_over', 'ended'] as const;
export type AllocationStatus = (typeof ALLOCATION_STATUSES)[number];

export type StartedAllocation = AllocationStarted['data'] & {
  readonly status: AllocationStatus;
  readonly done: readonly TransferStepKind[];
};

export type AllocationState = { readonly status: 'none' } | StartedAllocation;

export const initialAllocationState = (): AllocationState => ({ status: 'none' });

export function pendingAllocationStep(a: Pick<StartedAllocation, 'steps' | 'done'>): TransferStep | null {
  return a.steps.find((s) => !a.done.includes(s.kind)) ?? null;
}

export function evolveAllocation(state: AllocationState, event: AllocationEvent): AllocationState {
  if (event.type === 'space-allocation.started.v1') return { ...event.data, status: 'pending', done: [] };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'space-allocation.step-approved.v1': {
      const next = { ...state, done: [...state.done, event.data.step] };
      return { ...next, status: pendingAllocationStep(next) === null ? 'approved' : 'pending' };
    }
    case 'space-allocation.rejected.v1':
      return { ...state, status: 'rejected' };
    case 'space-allocation.handed-over.v1':
      return { ...state, status: 'handed_over' };
    case 'space-allocation.ended.v1':
      return { ...state, status: 'ended' };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}
