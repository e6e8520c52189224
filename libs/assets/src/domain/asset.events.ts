import { WAREHOUSE_EVENT_TYPES, WarehouseEvent } from './warehouse.events';

/** Condition of an asset as recorded on its card (使用状况/成色). */
export const ASSET_CONDITIONS = ['new', 'good', 'fair', 'poor', 'unusable'] as const;
export type AssetCondition = (typeof ASSET_CONDITIONS)[number];

/** 用途 of a building or room; office space (办公用房) may not be lent or rented out. */
export const ASSET_USAGES = ['office_space', 'business_space', 'public_service', 'other'] as const;
export type AssetUsage = (typeof ASSET_USAGES)[number];

/** Fields an asset card carries and a correction may fix. Money is integer 分 (fen). */
export interface AssetCardFields {
  readonly name: string;
  readonly categoryCode: string;
  readonly custodian: string;
  readonly location: string;
  /** YYYY-MM-DD, Asia/Shanghai calendar date. */
  readonly acquiredOn: string;
  readonly originalValueFen: number;
  readonly quantity: number;
  readonly unit: string;
  readonly condition: AssetCondition;
  readonly brand: string | null;
  readonly specification: string | null;
  /** 累计折旧 in 分; net book value = original value − accumulated depreciation. */
  readonly accumulatedDepreciationFen: number;
  readonly usage: AssetUsage | null;
}

export type CorrectableField = keyof AssetCardFields;

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

export type AssetEvent = AssetRegistered | AssetCorrected | AssetRelocated | WarehouseEvent;
export type AssetEventType = AssetEvent['type'];

export const ASSET_EVENT_TYPES: readonly AssetEventType[] = [
  'asset.registered.v1',
  'asset.corrected.v1',
  'asset.relocated.v1',
  ...WAREHOUSE_EVENT_TYPES,
];

export function isAssetEvent(event: { type: string }): event is AssetEvent {
  return (ASSET_EVENT_TYPES as readonly string[]).includes(event.type);
}

export const ASSET_STREAM_PREFIX = 'asset-';
export const assetStreamId = (assetId: string) => `${ASSET_STREAM_PREFIX}${assetId}`;
