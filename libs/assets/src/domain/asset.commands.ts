import { Actor } from '@app/shared';
import { AssetCardFields } from './asset.events';

export interface RegisterAsset {
  readonly kind: 'RegisterAsset';
  readonly actor: Actor;
  /** Calendar date today in Asia/Shanghai, YYYY-MM-DD. */
  readonly today: string;
  readonly assetId: string;
  readonly assetNo: string;
  readonly departmentId: string;
  readonly card: AssetCardFields;
}

export interface CorrectAsset {
  readonly kind: 'CorrectAsset';
  readonly actor: Actor;
  readonly today: string;
  readonly assetId: string;
  readonly changes: Partial<AssetCardFields>;
  readonly reason: string;
}

export interface RelocateAsset {
  readonly kind: 'RelocateAsset';
  readonly actor: Actor;
  readonly assetId: string;
  readonly location: string;
  readonly custodian: string | null;
  readonly reason: string | null;
}

export type AssetCommand = RegisterAsset | CorrectAsset | RelocateAsset;
