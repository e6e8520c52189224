/** What an asset card records: its fields, condition and use. No events here, so the event files can share it. */

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
