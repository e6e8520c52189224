import type { PhotoRef } from './reallocation.events';

/**
 * 处置 kinds of 《行政事业性国有资产管理条例》 (arts 35–36): 报废 (scrap), 报损 (loss), 出售 (sale),
 * 对外捐赠 (donation), 置换 (swap), 无偿划转 (free transfer out of the district).
 */
export const DISPOSAL_KINDS = ['scrap', 'loss', 'sale', 'donation', 'swap', 'free_transfer'] as const;
export type DisposalKind = (typeof DISPOSAL_KINDS)[number];

/** Kinds that hand the asset to someone outside: the request names who (受赠方, 置换方, 划入单位). */
export const KINDS_WITH_COUNTERPARTY: readonly DisposalKind[] = ['donation', 'swap', 'free_transfer'];
/** Kinds whose income is paid to the treasury (上缴国库) and recorded at 核销. */
export const KINDS_WITH_PROCEEDS: readonly DisposalKind[] = ['sale', 'swap'];

/** Approval steps of a disposal, in order: the 主管部门 reviews, the finance bureau approves or files (备案). */
export type DisposalStepKind = 'supervisor_review' | 'finance_approval' | 'finance_filing';

export interface DisposalStep {
  readonly kind: DisposalStepKind;
  /** Department whose asset manager decides the review; null for the finance bureau. */
  readonly approverDepartmentId: string | null;
}

/** The card of each asset as it stood when the disposal was requested. */
export interface DisposedAssetSnapshot {
  readonly assetId: string;
  readonly assetNo: string;
  readonly name: string;
  readonly categoryCode: string;
  readonly originalValueFen: number;
  readonly netBookValueFen: number;
  /**
   * The warehouse listing withdrawn as part of the request (null: the asset was not listed). It stays withdrawn
   * if the request is rejected or withdrawn: the asset is back in use and may be listed again.
   */
  readonly withdrawnListingId: string | null;
}

/** 处置申请: the holding unit's asset manager asks to dispose of one or more of its assets. */
export interface DisposalRequested {
  readonly type: 'disposal.requested.v1';
  readonly data: {
    readonly disposalId: string;
    readonly departmentId: string;
    readonly disposalKind: DisposalKind;
    readonly reason: string;
    /** Who receives the asset (donation, swap, free transfer), else null. */
    readonly counterparty: string | null;
    readonly photos: readonly PhotoRef[];
    readonly assets: readonly DisposedAssetSnapshot[];
    /** 批量价值: the sum of the original values, which the policy's threshold is compared with. */
    readonly totalOriginalValueFen: number;
    readonly totalNetBookValueFen: number;
    readonly steps: readonly DisposalStep[];
    /** Version of the district's approval policy that fixed the steps (null: none was in force). */
    readonly policyVersion: number | null;
    readonly requestedBy: string;
  };
}

export interface DisposalStepApproved {
  readonly type: 'disposal.step-approved.v1';
  readonly data: {
    readonly disposalId: string;
    readonly step: DisposalStepKind;
    readonly byDepartmentId: string | null;
    /** The approver (null for an automatic 备案). */
    readonly by: string | null;
    readonly comment: string | null;
  };
}

export interface DisposalRejected {
  readonly type: 'disposal.rejected.v1';
  readonly data: { readonly disposalId: string; readonly step: DisposalStepKind; readonly by: string; readonly reason: string };
}

export interface DisposalWithdrawn {
  readonly type: 'disposal.withdrawn.v1';
  readonly data: { readonly disposalId: string; readonly by: string; readonly reason: string };
}

/** 核销: the approved disposal is carried out; its assets leave the books. */
export interface DisposalWrittenOff {
  readonly type: 'disposal.written-off.v1';
  readonly data: {
    readonly disposalId: string;
    /** China date of the write-off. */
    readonly writtenOffOn: string;
    /** Income of the disposal (sale price, swap difference, scrap value) in 分, paid to the treasury; 0 when none. */
    readonly proceedsFen: number;
    /** 上缴国库 voucher or payment reference (non-tax revenue), null when there are no proceeds. */
    readonly treasuryVoucher: string | null;
    /** 批复文号: the approval's written reply, when the unit has one. */
    readonly replyRef: string | null;
    readonly by: string;
  };
}

export type DisposalEvent = DisposalRequested | DisposalStepApproved | DisposalRejected | DisposalWithdrawn | DisposalWrittenOff;

export const DISPOSAL_EVENT_TYPES: readonly DisposalEvent['type'][] = [
  'disposal.requested.v1',
  'disposal.step-approved.v1',
  'disposal.rejected.v1',
  'disposal.withdrawn.v1',
  'disposal.written-off.v1',
];

export function isDisposalEvent(event: { type: string }): event is DisposalEvent {
  return (DISPOSAL_EVENT_TYPES as readonly string[]).includes(event.type);
}

export const DISPOSAL_STREAM_PREFIX = 'disposal-';
export const disposalStreamId = (disposalId: string) => `${DISPOSAL_STREAM_PREFIX}${disposalId}`;

/** On the asset's own stream: the asset is held for a disposal request (待处置); listing, transfer and a second request are refused. */
export interface AssetDisposalRequested {
  readonly type: 'asset.disposal-requested.v1';
  readonly data: {
    readonly assetId: string;
    readonly disposalId: string;
    readonly disposalKind: DisposalKind;
    /**
     * The listing this hold withdrew (null: none). The request's snapshot says what was listed when it was
     * decided; the hold says what really was withdrawn. Absent on events written before it was recorded.
     */
    readonly withdrawnListingId?: string | null;
  };
}

/** The request was rejected or withdrawn: the asset is back in use. */
export interface AssetDisposalReleased {
  readonly type: 'asset.disposal-released.v1';
  readonly data: { readonly assetId: string; readonly disposalId: string; readonly outcome: 'rejected' | 'withdrawn' };
}

/** 核销: the card leaves the live register; its history and as-of reads before this instant stay. */
export interface AssetWrittenOff {
  readonly type: 'asset.written-off.v1';
  readonly data: {
    readonly assetId: string;
    readonly disposalId: string;
    readonly disposalKind: DisposalKind;
    readonly departmentId: string;
    readonly originalValueFen: number;
    readonly accumulatedDepreciationFen: number;
    readonly netBookValueFen: number;
  };
}

export type AssetDisposalEvent = AssetDisposalRequested | AssetDisposalReleased | AssetWrittenOff;

export const ASSET_DISPOSAL_EVENT_TYPES: readonly AssetDisposalEvent['type'][] = [
  'asset.disposal-requested.v1',
  'asset.disposal-released.v1',
  'asset.written-off.v1',
];
