import type { TransferStep, TransferStepKind } from '@app/assets/domain/reallocation.events';
import { PropertyKind, PropertyUse } from '../../domain/property.constants';

export const allocationStreamId = (allocationId: string): string => `space-allocation-${allocationId}`;

/** The property as it stood when its match was taken: the approvers decide on what was asked for. */
export interface AllocatedPropertySnapshot {
  readonly propertyId: string;
  readonly propertyNo: string;
  readonly name: string;
  readonly kind: PropertyKind;
  readonly use: PropertyUse;
  readonly grossAreaSqm: number;
  /** The unit on whose books the property is: it releases the space. */
  readonly ownerUnitId: string;
}

/** 调配申请: a department took a match for its need; the approval chain in force is fixed now. */
export interface AllocationStarted {
  readonly type: 'space-allocation.started.v1';
  readonly data: {
    readonly allocationId: string;
    readonly needId: string;
    readonly needTitle: string;
    readonly property: AllocatedPropertySnapshot;
    readonly fromUnitId: string;
    readonly toDepartmentId: string;
    readonly steps: readonly TransferStep[];
    readonly crossesSupervisors: boolean;
    /** The district approval policy version that fixed the steps (null: none in force, the strict default). */
    readonly policyVersion: number | null;
    /** Original value (分) of the linked 房屋和构筑物 card, 0 when the property has none: the policy's value threshold applies to it. */
    readonly valueFen: number;
    readonly requestedBy: string;
  };
}

export interface AllocationStepApproved {
  readonly type: 'space-allocation.step-approved.v1';
  readonly data: {
    readonly allocationId: string;
    readonly step: TransferStepKind;
    readonly byDepartmentId: string | null;
    readonly by: string | null;
    readonly comment: string | null;
  };
}

/** 已驳回: a rejection ends the allocation; the need is open again. */
export interface AllocationRejected {
  readonly type: 'space-allocation.rejected.v1';
  readonly data: { readonly allocationId: string; readonly step: TransferStepKind; readonly by: string; readonly reason: string };
}

/** 已交接: the receiving department confirmed it took the space over; its occupancy runs from `since`. */
export interface AllocationHandedOver {
  readonly type: 'space-allocation.handed-over.v1';
  readonly data: {
    readonly allocationId: string;
    readonly propertyId: string;
    readonly toDepartmentId: string;
    /** China date the department occupies the space from. */
    readonly since: string;
    readonly by: string;
    readonly note: string | null;
  };
}

/**
 * 已终止: approved, but the property was no longer vacant at handover (another allocation moved in first, or
 * its owner leased or occupied it meanwhile). Nothing was handed over; the need is open again.
 */
export interface AllocationEnded {
  readonly type: 'space-allocation.ended.v1';
  readonly data: { readonly allocationId: string; readonly code: string; readonly reason: string };
}

export type AllocationEvent = AllocationStarted | AllocationStepApproved | AllocationRejected | AllocationHandedOver | AllocationEnded;

export const ALLOCATION_EVENT_TYPES: readonly AllocationEvent['type'][] = [
  'space-allocation.started.v1',
  'space-allocation.step-approved.v1',
  'space-allocation.rejected.v1',
  'space-allocation.handed-over.v1',
  'space-allocation.ended.v1',
];
