import { AssetCardFields } from './asset-card';
import { LOAN_EVENT_TYPES, LoanEvent } from './loan.events';
import { REALLOCATION_EVENT_TYPES, ReallocationEvent } from './reallocation.events';

// The card's own types live in asset-card.ts; re-exported here for the events' readers.
export * from './asset-card';

export interface AssetRegistered {
  readonly type: 'asset.registered.v1';
  readonly data: AssetCardFields & {
    readonly assetId: string;
    readonly assetNo: string;
    readonly departmentId: string;
  };
}

export interface AssetCorrected {
  readonly type: 'asset.corrected.v1';
  readonly data: {
    readonly assetId: string;
    /** What the card wrongly said, field by field. */
    readonly previous: Partial<AssetCardFields>;
    readonly corrected: Partial<AssetCardFields>;
    readonly reason: string;
  };
}

export interface AssetRelocated {
  readonly type: 'asset.relocated.v1';
  readonly data: {
    readonly assetId: string;
    readonly from: { readonly location: string; readonly custodian: string };
    readonly to: { readonly location: string; readonly custodian: string };
    readonly reason: string | null;
  };
}

export type AssetEvent = AssetRegistered | AssetCorrected | AssetRelocated | ReallocationEvent | LoanEvent;
export type AssetEventType = AssetEvent['type'];

export const ASSET_EVENT_TYPES: readonly AssetEventType[] = [
  'asset.registered.v1',
  'asset.corrected.v1',
  'asset.relocated.v1',
  ...REALLOCATION_EVENT_TYPES,
  ...LOAN_EVENT_TYPES,
];

export function isAssetEvent(event: { type: string }): event is AssetEvent {
  return (ASSET_EVENT_TYPES as readonly string[]).includes(event.type);
}

export const ASSET_STREAM_PREFIX = 'asset-';
export const assetStreamId = (assetId: string) => `${ASSET_STREAM_PREFIX}${assetId}`;
