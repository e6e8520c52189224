import type { AssetCondition } from './asset-card';

/** How a listing picks its receiver: the releasing manager chooses, or the first claim wins. */
export const CLAIM_MODES = ['manager_picks', 'first_come'] as const;
export type ClaimMode = (typeof CLAIM_MODES)[number];

/** Steps of a transfer (调剂) before handover, in order. */
export type TransferStepKind = 'supervisor_review' | 'finance_approval' | 'finance_filing';

export interface TransferStep {
  readonly kind: TransferStepKind;
  /** Department whose manager decides (supervisor review); null for the finance bureau's approvers. */
  readonly approverDepartmentId: string | null;
}

export interface PhotoRef {
  readonly fileId: string;
  readonly contentType: string;
  readonly size: number;
}

/** What the card said when it was offered: the listing shows the offer as it was made. */
export interface ListedAssetSnapshot {
  readonly assetNo: string;
  readonly name: string;
  readonly categoryCode: string;
  readonly departmentId: string;
  /** 主管部门 of the owner: the group that sees the listing during its internal window. */
  readonly ownerSupervisorId: string;
  readonly quantity: number;
  readonly unit: string;
  readonly originalValueFen: number;
  readonly netBookValueFen: number;
}

/** 入仓: the asset is declared idle and offered in the warehouse. */
export interface AssetListed {
  readonly type: 'asset.listed.v1';
  readonly data: {
    readonly assetId: string;
    readonly listingId: string;
    readonly asset: ListedAssetSnapshot;
    readonly description: string;
    readonly condition: AssetCondition;
    readonly photos: readonly PhotoRef[];
    readonly pickupLocation: string;
    readonly claimMode: ClaimMode;
    /** Until then only departments under the same 主管部门 see and claim it. */
    readonly internalUntil: string | null;
    readonly advertiseUntil: string;
    /** Who listed it: they may not approve a step of the transfer that follows (separation of duties). Absent in early events. */
    readonly listedBy?: string;
  };
}

export interface ListingWithdrawn {
  readonly type: 'asset.listing-withdrawn.v1';
  readonly data: { readonly assetId: string; readonly listingId: string; readonly reason: string };
}

/** The owner is told the listing ends soon (到期提醒), once per listing; raised by the expiry sweep. */
export interface ListingExpiryWarned {
  readonly type: 'asset.listing-expiry-warned.v1';
  readonly data: { readonly assetId: string; readonly listingId: string; readonly advertiseUntil: string };
}

export interface ListingExpired {
  readonly type: 'asset.listing-expired.v1';
  readonly data: { readonly assetId: string; readonly listingId: string; readonly expiredAt: string };
}

/** 申领 */
export interface AssetClaimed {
  readonly type: 'asset.claimed.v1';
  readonly data: {
    readonly assetId: string;
    readonly listingId: string;
    readonly claimId: string;
    readonly claimantDepartmentId: string;
    readonly justification: string;
  };
}

/** The releasing side (or first-come) chose a claim: a transfer starts with its approval chain. */
export interface ClaimSelected {
  readonly type: 'asset.claim-selected.v1';
  readonly data: {
    readonly assetId: string;
    readonly listingId: string;
    readonly claimId: string;
    readonly transferId: string;
    readonly fromDepartmentId: string;
    readonly toDepartmentId: string;
    readonly steps: readonly TransferStep[];
    readonly crossesSupervisors: boolean;
    readonly assetNo: string;
    readonly assetName: string;
    readonly originalValueFen: number;
    readonly netBookValueFen: number;
    /** The asset manager who picked the claim (null when the first claim won); absent in early events. */
    readonly selectedBy?: string | null;
    /** Version of the releasing district's approval policy that fixed the steps (null: none was in force); absent in early events. */
    readonly policyVersion?: number | null;
  };
}

export interface TransferStepApproved {
  readonly type: 'asset.transfer-step-approved.v1';
  readonly data: {
    readonly assetId: string;
    readonly transferId: string;
    readonly step: TransferStepKind;
    readonly byDepartmentId: string | null;
    readonly comment: string | null;
  };
}

/** Who hears of a step left waiting too long (督办): the level above the step's reviewers. */
export type EscalationTarget = 'finance_approvers' | 'administrators';

/**
 * 超时督办: the pending step has waited longer than the set number of working days; the level above its
 * reviewers is told (a 主管部门 review goes to 财政, a 财政 step to the administrators). Once per step.
 */
export interface TransferStepEscalated {
  readonly type: 'asset.transfer-step-escalated.v1';
  readonly data: {
    readonly assetId: string;
    readonly transferId: string;
    readonly step: TransferStepKind;
    /** When the step began to wait (its transfer's last step change). */
    readonly pendingSince: string;
    /** Whole working days it had waited when escalated. */
    readonly workingDaysWaited: number;
    readonly escalatedTo: EscalationTarget;
    /** The department whose 主管 review waits (null for a 财政 step). */
    readonly approverDepartmentId: string | null;
  };
}

export interface TransferRejected {
  readonly type: 'asset.transfer-rejected.v1';
  readonly data: { readonly assetId: string; readonly transferId: string; readonly step: TransferStepKind; readonly reason: string };
}

export interface TransferWithdrawn {
  readonly type: 'asset.transfer-withdrawn.v1';
  readonly data: {
    readonly assetId: string;
    readonly transferId: string;
    readonly side: 'releasing' | 'receiving';
    readonly reason: string;
  };
}

/** Who keeps the asset at the receiving unit and where it stands: named by the receiving side at 交接. */
export interface ReceivedAs {
  readonly custodian: string;
  readonly location: string;
}

/** 交接: each side confirms; the receiving side's confirmation after all approvals moves the books. */
export interface HandoverConfirmed {
  readonly type: 'asset.handover-confirmed.v1';
  readonly data: {
    readonly assetId: string;
    readonly transferId: string;
    readonly side: 'releasing' | 'receiving';
    /** The receiving side's new 使用人 and 存放地点 (absent from the releasing side and from earlier events). */
    readonly custodian?: string;
    readonly location?: string;
  };
}

/** The card moves to the receiving department with its original value and accumulated depreciation. */
export interface AssetTransferred {
  readonly type: 'asset.transferred.v1';
  readonly data: {
    readonly assetId: string;
    readonly transferId: string;
    readonly listingId: string;
    readonly claimId: string;
    readonly fromDepartmentId: string;
    readonly toDepartmentId: string;
    readonly originalValueFen: number;
    readonly accumulatedDepreciationFen: number;
    readonly netBookValueFen: number;
    /**
     * The card's 使用人 and 存放地点 at the receiving unit, as its manager named them at handover. Transfers
     * recorded before these were asked leave no custodian (the releasing unit's never carries over) and
     * keep the place.
     */
    readonly custodian?: string;
    readonly location?: string;
  };
}

export type ReallocationEvent =
  | AssetListed
  | ListingWithdrawn
  | ListingExpiryWarned
  | ListingExpired
  | AssetClaimed
  | ClaimSelected
  | TransferStepApproved
  | TransferStepEscalated
  | TransferRejected
  | TransferWithdrawn
  | HandoverConfirmed
  | AssetTransferred;

export const REALLOCATION_EVENT_TYPES: readonly ReallocationEvent['type'][] = [
  'asset.listed.v1',
  'asset.listing-withdrawn.v1',
  'asset.listing-expiry-warned.v1',
  'asset.listing-expired.v1',
  'asset.claimed.v1',
  'asset.claim-selected.v1',
  'asset.transfer-step-approved.v1',
  'asset.transfer-step-escalated.v1',
  'asset.transfer-rejected.v1',
  'asset.transfer-withdrawn.v1',
  'asset.handover-confirmed.v1',
  'asset.transferred.v1',
];
