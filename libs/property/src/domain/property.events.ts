import { v5 as uuidv5 } from 'uuid';
import type { LngLat } from './coordinates';
import type { PropertyKind, PropertyStatus, PropertyUse } from './property.constants';

export const COORDINATE_SYSTEMS = ['WGS84', 'GCJ02'] as const;
export type CoordinateSystem = (typeof COORDINATE_SYSTEMS)[number];

/** A point as the user entered it, with the system it was read in (GCJ-02 from 高德/腾讯 maps). */
export interface EnteredLocation extends LngLat {
  readonly system: CoordinateSystem;
}

export interface PropertyRegistered {
  readonly type: 'property.registered.v1';
  readonly data: {
    readonly propertyId: string;
    /** 物业编号, unique in the city; the id follows from it (propertyIdFor). */
    readonly propertyNo: string;
    readonly kind: PropertyKind;
    readonly parentId: string | null;
    readonly name: string;
    readonly address: string;
    /** WGS-84, six decimals; null when the coordinates are not known yet. */
    readonly location: LngLat | null;
    readonly enteredLocation: EnteredLocation | null;
    /** 建筑面积 and 使用面积 in m², at most two decimals. */
    readonly grossAreaSqm: number;
    readonly usableAreaSqm: number | null;
    readonly use: PropertyUse;
    /** The unit on whose books the property is. */
    readonly ownerUnitId: string;
    readonly occupantUnitId: string | null;
    /** YYYY-MM-DD (China date). */
    readonly occupiedSince: string | null;
    readonly status: PropertyStatus;
    /** The 房屋和构筑物 card in the asset ledger. */
    readonly assetId: string | null;
  };
}

/** What a correction may change; only the fields that changed are present. */
export interface PropertyChanges {
  readonly name?: string;
  readonly address?: string;
  readonly location?: LngLat | null;
  readonly enteredLocation?: EnteredLocation | null;
  readonly grossAreaSqm?: number;
  readonly usableAreaSqm?: number | null;
  readonly use?: PropertyUse;
  readonly parentId?: string | null;
  readonly assetId?: string | null;
}

export interface PropertyCorrected {
  readonly type: 'property.corrected.v1';
  readonly data: { readonly propertyId: string; readonly changes: PropertyChanges; readonly reason: string };
}

export interface PropertyStatusChanged {
  readonly type: 'property.status-changed.v1';
  readonly data: { readonly propertyId: string; readonly from: PropertyStatus; readonly to: PropertyStatus; readonly reason: string };
}

export interface PropertyOccupancyChanged {
  readonly type: 'property.occupancy-changed.v1';
  readonly data: {
    readonly propertyId: string;
    readonly fromUnitId: string | null;
    readonly toUnitId: string | null;
    /** YYYY-MM-DD (China date) the new occupancy began. */
    readonly since: string;
    readonly reason: string;
    /** The 调配 whose handover caused the change, if one did. */
    readonly allocationId: string | null;
  };
}

/** 应开尽开: whether a school's grounds, a parking lot or a sports venue should open to the public, and why. */
export interface PropertySharingEligibilityAssessed {
  readonly type: 'property.sharing-eligibility-assessed.v1';
  readonly data: { readonly propertyId: string; readonly eligible: boolean; readonly reason: string };
}

export type PropertyEvent =
  PropertyRegistered | PropertyCorrected | PropertyStatusChanged | PropertyOccupancyChanged | PropertySharingEligibilityAssessed;
export type PropertyEventType = PropertyEvent['type'];

export const PROPERTY_EVENT_TYPES: readonly PropertyEventType[] = [
  'property.registered.v1',
  'property.corrected.v1',
  'property.status-changed.v1',
  'property.occupancy-changed.v1',
  'property.sharing-eligibility-assessed.v1',
];

export function isPropertyEvent(event: { type: string }): event is PropertyEvent {
  return (PROPERTY_EVENT_TYPES as readonly string[]).includes(event.type);
}

export const PROPERTY_STREAM_PREFIX = 'property-';
export const propertyStreamId = (propertyId: string): string => `${PROPERTY_STREAM_PREFIX}${propertyId}`;

/** Fixed namespace: the same 物业编号 gives the same id on every deployment, so a re-run import appends nothing. */
export const PROPERTY_ID_NAMESPACE = '6f1d7c1e-2b8a-5e43-9c1f-4a0e8d2b7c35';

/** The id of the property with this 物业编号 (uuid v5 of the number as entered, trimmed). */
export function propertyIdFor(propertyNo: string): string {
  return uuidv5(propertyNo.trim(), PROPERTY_ID_NAMESPACE);
}
