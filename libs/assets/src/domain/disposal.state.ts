import { DisposalEvent, DisposalKind, DisposalStep, DisposalStepKind, DisposedAssetSnapshot } from './disposal.events';

/** 审批中 → 已批复 (approved, awaiting 核销) → 已核销; or 已驳回 / 已撤回. */
export type DisposalStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'written_off';

export type DisposalState =
  | { readonly status: 'none' }
  | {
      readonly status: DisposalStatus;
      readonly disposalId: string;
      readonly departmentId: string;
      readonly disposalKind: DisposalKind;
      readonly assets: readonly DisposedAssetSnapshot[];
      readonly steps: readonly DisposalStep[];
      readonly done: readonly DisposalStepKind[];
      readonly requestedBy: string;
    };

export type OpenDisposal = Exclude<DisposalState, { status: 'none' }>;

export const initialDisposalState = (): DisposalState => ({ status: 'none' });

export function pendingDisposalStep(d: OpenDisposal): DisposalStep | null {
  return d.steps.find((s) => !d.done.includes(s.kind)) ?? null;
}

export function evolveDisposal(state: DisposalState, event: DisposalEvent): DisposalState {
  if (event.type === 'disposal.requested.v1') {
    const { disposalId, departmentId, disposalKind, assets, steps, requestedBy } = event.data;
    return { status: 'pending', disposalId, departmentId, disposalKind, assets, steps, done: [], requestedBy };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'disposal.step-approved.v1': {
      const next = { ...state, done: [...state.done, event.data.step] };
      return { ...next, status: pendingDisposalStep(next) === null ? 'approved' : 'pending' };
    }
    case 'disposal.rejected.v1':
      return { ...state, status: 'rejected' };
    case 'disposal.withdrawn.v1':
      return { ...state, status: 'withdrawn' };
    case 'disposal.written-off.v1':
      return { ...state, status: 'written_off' };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}
