import type { LngLat } from './coordinates';
import type { PropertyKind, PropertyStatus, PropertyUse } from './property.constants';
import type { EnteredLocation, PropertyEvent } from './property.events';

export interface RegisteredProperty {
  readonly status: 'registered';
  readonly propertyId: string;
  readonly propertyNo: string;
  readonly kind: PropertyKind;
  readonly parentId: string | null;
  readonly name: string;
  readonly address: string;
  readonly location: LngLat | null;
  readonly enteredLocation: EnteredLocation | null;
  readonly grossAreaSqm: number;
  readonly usableAreaSqm: number | null;
  readonly use: PropertyUse;
  readonly ownerUnitId: string;
  readonly occupantUnitId: string | null;
  readonly occupiedSince: string | null;
  /** The allocation (调配) whose handover began the current occupancy; null for any other. */
  readonly occupancyAllocationId: string | null;
  readonly propertyStatus: PropertyStatus;
  readonly assetId: string | null;
  readonly sharingEligible: boolean | null;
  /** Shared spaces (libs/sharing) that sit on this property: while any does, it cannot become office space. */
  readonly sharedSpaceIds: readonly string[];
}

export type PropertyState = { readonly status: 'none' } | RegisteredProperty;

export const initialPropertyState = (): PropertyState => ({ status: 'none' });

/** State only from events: what the register says about one property now. */
export function evolveProperty(state: PropertyState, event: PropertyEvent): PropertyState {
  if (event.type === 'property.registered.v1') {
    if (state.status === 'registered') return state;
    const { status, ...fields } = event.data;
    return {
      ...fields,
      status: 'registered',
      propertyStatus: status,
      sharingEligible: null,
      sharedSpaceIds: [],
      occupancyAllocationId: null,
    };
  }
  if (state.status !== 'registered') return state;
  switch (event.type) {
    case 'property.corrected.v1':
      return { ...state, ...event.data.changes };
    case 'property.status-changed.v1':
      return { ...state, propertyStatus: event.data.to };
    case 'property.occupancy-changed.v1':
      return {
        ...state,
        occupantUnitId: event.data.toUnitId,
        occupiedSince: event.data.toUnitId === null ? null : event.data.since,
        occupancyAllocationId: event.data.toUnitId === null ? null : event.data.allocationId,
      };
    case 'property.sharing-eligibility-assessed.v1':
      return { ...state, sharingEligible: event.data.eligible };
    case 'property.shared-space-tied.v1':
      return state.sharedSpaceIds.includes(event.data.spaceId)
        ? state
        : { ...state, sharedSpaceIds: [...state.sharedSpaceIds, event.data.spaceId] };
    case 'property.shared-space-untied.v1':
      return { ...state, sharedSpaceIds: state.sharedSpaceIds.filter((id) => id !== event.data.spaceId) };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}
