import { LngLat } from '../../domain/coordinates';
import { PropertyUse } from '../../domain/property.constants';

export const spaceNeedStreamId = (needId: string): string => `space-need-${needId}`;

/** A point as entered: WGS-84 (GPS) or GCJ-02 (高德, 腾讯 maps); the need stores the WGS-84 point beside it. */
export interface EnteredLocation extends LngLat {
  readonly system: 'WGS84' | 'GCJ02';
}

/** 发布空间使用需求: what a department needs, where, from when and for how long. */
export interface SpaceNeedPosted {
  readonly type: 'space-need.posted.v1';
  readonly data: {
    readonly needId: string;
    readonly departmentId: string;
    readonly title: string;
    readonly use: PropertyUse;
    readonly minAreaSqm: number;
    readonly maxAreaSqm: number;
    /** WGS-84, six decimals; null when the need names a district instead. */
    readonly location: LngLat | null;
    readonly enteredLocation: EnteredLocation | null;
    /** Metres around `location`; null with a district. */
    readonly radiusM: number | null;
    /** The district (区) the space should be in; null with a location. */
    readonly districtId: string | null;
    /** China date the space is needed from. */
    readonly neededFrom: string;
    readonly durationMonths: number;
    readonly purpose: string;
    readonly postedBy: string;
  };
}

export interface SpaceNeedWithdrawn {
  readonly type: 'space-need.withdrawn.v1';
  readonly data: { readonly needId: string; readonly reason: string; readonly by: string };
}

/** A match was taken: an allocation (调配) of that property is under way; no second one until it ends. */
export interface SpaceNeedMatchTaken {
  readonly type: 'space-need.match-taken.v1';
  readonly data: { readonly needId: string; readonly allocationId: string; readonly propertyId: string };
}

/** The allocation was rejected: the need is open again for another match. */
export interface SpaceNeedAllocationEnded {
  readonly type: 'space-need.allocation-ended.v1';
  readonly data: { readonly needId: string; readonly allocationId: string; readonly outcome: 'rejected'; readonly reason: string };
}

/** 已满足: the allocated property was handed over to the department. */
export interface SpaceNeedFulfilled {
  readonly type: 'space-need.fulfilled.v1';
  readonly data: { readonly needId: string; readonly allocationId: string; readonly propertyId: string; readonly since: string };
}

export type SpaceNeedEvent = SpaceNeedPosted | SpaceNeedWithdrawn | SpaceNeedMatchTaken | SpaceNeedAllocationEnded | SpaceNeedFulfilled;

export const SPACE_NEED_EVENT_TYPES: readonly SpaceNeedEvent['type'][] = [
  'space-need.posted.v1',
  'space-need.withdrawn.v1',
  'space-need.match-taken.v1',
  'space-need.allocation-ended.v1',
  'space-need.fulfilled.v1',
];
