import { Actor } from '@app/shared';
import { AssetCardFields, AssetCondition } from './asset.events';
import { ClaimMode, PhotoRef, ReceivedAs, TransferStepKind } from './reallocation.events';

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

export type AssetCommand = RegisterAsset | CorrectAsset | RelocateAsset | ReallocationCommand | LoanCommand;

/** 借出 to another unit until `dueOn`. */
export interface LendAsset {
  readonly kind: 'LendAsset';
  readonly actor: Actor;
  readonly assetId: string;
  /** Calendar date today in Asia/Shanghai, YYYY-MM-DD. */
  readonly today: string;
  readonly loanId: string;
  readonly borrowerDepartmentId: string;
  readonly borrower: string;
  readonly purpose: string;
  readonly dueOn: string;
}

/** 归还, recorded by the lending unit when the asset is back. */
export interface ReturnLoan {
  readonly kind: 'ReturnLoan';
  readonly actor: Actor;
  readonly assetId: string;
  readonly today: string;
  readonly loanId: string;
  readonly note: string | null;
}

export type LoanCommand = LendAsset | ReturnLoan;

interface AtInstant {
  readonly actor: Actor;
  readonly assetId: string;
  /** ISO time the command is decided at. */
  readonly now: string;
}

export interface ListAsset extends AtInstant {
  readonly kind: 'ListAsset';
  readonly listingId: string;
  readonly description: string;
  readonly condition: AssetCondition;
  readonly photos: readonly PhotoRef[];
  readonly pickupLocation: string;
  readonly claimMode: ClaimMode;
  readonly internalUntil: string | null;
  readonly advertiseUntil: string;
}

export interface WithdrawListing extends AtInstant {
  readonly kind: 'WithdrawListing';
  readonly reason: string;
}

/** Issued by the system's expiry sweep once a listing's advertise-until time has passed. */
export interface ExpireListing extends AtInstant {
  readonly kind: 'ExpireListing';
}

/** 到期提醒, raised by the expiry sweep (the system) for a listing that ends soon. */
export interface WarnListingExpiry extends AtInstant {
  readonly kind: 'WarnListingExpiry';
  readonly listingId: string;
}

export interface ClaimAsset extends AtInstant {
  readonly kind: 'ClaimAsset';
  readonly claimId: string;
  readonly transferId: string;
  readonly justification: string;
}

export interface SelectClaim extends AtInstant {
  readonly kind: 'SelectClaim';
  readonly claimId: string;
  readonly transferId: string;
}

export interface DecideTransferStep extends AtInstant {
  readonly kind: 'DecideTransferStep';
  readonly transferId: string;
  readonly approve: boolean;
  readonly comment: string | null;
}

/** 超时督办, issued by the escalation sweep (the system) for a step that has waited too long. */
export interface EscalateTransferStep extends AtInstant {
  readonly kind: 'EscalateTransferStep';
  readonly transferId: string;
  readonly step: TransferStepKind;
  readonly pendingSince: string;
  readonly workingDaysWaited: number;
}

export interface WithdrawTransfer extends AtInstant {
  readonly kind: 'WithdrawTransfer';
  readonly transferId: string;
  readonly reason: string;
}

export interface ConfirmHandover extends AtInstant {
  readonly kind: 'ConfirmHandover';
  readonly transferId: string;
  /** Required of the receiving side, refused from the releasing side. */
  readonly receivedAs: ReceivedAs | null;
}

export type ReallocationCommand =
  | ListAsset
  | WithdrawListing
  | ExpireListing
  | WarnListingExpiry
  | ClaimAsset
  | SelectClaim
  | DecideTransferStep
  | EscalateTransferStep
  | WithdrawTransfer
  | ConfirmHandover;
