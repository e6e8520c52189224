import { SpaceNeedEvent, SpaceNeedPosted } from './space-need.events';

/** 待匹配 (open) → 调配中 (allocating) → 已满足 (fulfilled); 已撤回 (withdrawn) while open. */
export const SPACE_NEED_STATUSES = ['open', 'allocating', 'fulfilled', 'withdrawn'] as const;
export type SpaceNeedStatus = (typeof SPACE_NEED_STATUSES)[number];

export type PostedNeed = SpaceNeedPosted['data'] & {
  readonly status: SpaceNeedStatus;
  /** The allocation under way or that fulfilled the need. */
  readonly allocationId: string | null;
  readonly propertyId: string | null;
};

export type SpaceNeedState = { readonly status: 'none' } | PostedNeed;

export const initialSpaceNeedState = (): SpaceNeedState => ({ status: 'none' });

export function evolveSpaceNeed(state: SpaceNeedState, event: SpaceNeedEvent): SpaceNeedState {
  if (event.type === 'space-need.posted.v1') return { ...event.data, status: 'open', allocationId: null, propertyId: null };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'space-need.withdrawn.v1':
      return { ...state, status: 'withdrawn' };
    case 'space-need.match-taken.v1':
      return { ...state, status: 'allocating', allocationId: event.data.allocationId, propertyId: event.data.propertyId };
    case 'space-need.allocation-ended.v1':
      return { ...state, status: 'open', allocationId: null, propertyId: null };
    case 'space-need.fulfilled.v1':
      return { ...state, status: 'fulfilled', allocationId: event.data.allocationId, propertyId: event.data.propertyId };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}
