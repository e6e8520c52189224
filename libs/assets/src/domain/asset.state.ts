import { upcastAssetEvent } from '../categories/asset-event-upcaster';
import { AssetCardFields, AssetEvent } from './asset.events';
import { DisposalKind } from './disposal.events';
import { ClaimMode, ReceivedAs, TransferStep, TransferStepKind } from './reallocation.events';

export interface Listing {
  readonly listingId: string;
  readonly claimMode: ClaimMode;
  readonly internalUntil: string | null;
  readonly advertiseUntil: string;
  /** Claims that may still be chosen, by claim id. */
  readonly openClaims: Readonly<Record<string, { readonly departmentId: string }>>;
  /** Who listed the asset (null for listings recorded before this was kept). */
  readonly listedBy: string | null;
  /** The owner was told the listing ends soon (at most once a listing). */
  readonly expiryWarned?: boolean;
}

export interface Transfer {
  readonly transferId: string;
  readonly claimId: string;
  readonly toDepartmentId: string;
  readonly steps: readonly TransferStep[];
  readonly done: readonly TransferStepKind[];
  readonly handover: { readonly releasing: boolean; readonly receiving: boolean };
  /** What the receiving side named when it confirmed (null until then, or when it confirmed before this was asked). */
  readonly receivedAs: ReceivedAs | null;
  /** Who picked the claim; with the lister, barred from approving this transfer's steps. */
  readonly selectedBy: string | null;
  /** Steps already escalated for waiting too long (each at most once). */
  readonly escalated: readonly TransferStepKind[];
}

/** An open 借出: the card stays with the lender; the asset is with the borrower until it is returned. */
export interface Loan {
  readonly loanId: string;
  readonly borrowerDepartmentId: string;
  readonly dueOn: string;
}

/**
 * 在用 → 在仓 (listed) → 调剂中 (transfer) → 在用 at the receiving department; 在用 ⇄ 借出 (on loan);
 * 在用/在仓 → 待处置 (pending disposal) → 已核销 (written off, a state of its own).
 */
export type AssetPhase =
  | { readonly kind: 'in_use' }
  | { readonly kind: 'on_loan'; readonly loan: Loan }
  | { readonly kind: 'pending_disposal'; readonly disposalId: string; readonly disposalKind: DisposalKind }
  | { readonly kind: 'listed'; readonly listing: Listing }
  | { readonly kind: 'in_transfer'; readonly listing: Listing; readonly transfer: Transfer };

export type RegisteredAsset = {
  readonly status: 'registered';
  readonly assetId: string;
  readonly assetNo: string;
  readonly departmentId: string;
  readonly phase: AssetPhase;
} & AssetCardFields;

/** 已核销: off the books; the card as it was at the write-off, for the record. */
export type WrittenOffAsset = Omit<RegisteredAsset, 'status' | 'phase'> & {
  readonly status: 'written_off';
  readonly disposalId: string;
  readonly disposalKind: DisposalKind;
};

export type AssetState = { readonly status: 'unregistered' } | RegisteredAsset | WrittenOffAsset;

export const initialAssetState = (): AssetState => ({ status: 'unregistered' });

export function pendingStep(transfer: Transfer): TransferStep | null {
  return transfer.steps.find((step) => !transfer.done.includes(step.kind)) ?? null;
}

function withoutClaim(listing: Listing, claimId: string): Listing {
  const { [claimId]: _removed, ...rest } = listing.openClaims;
  return { ...listing, openClaims: rest };
}

/**
 * The receiving unit's custodian and place. A transfer recorded before the receiver named them leaves the
 * custodian empty (待指定) rather than showing the releasing unit's person, and the place as it was.
 */
export function custodyAfterTransfer(
  card: { readonly custodian: string; readonly location: string },
  transferred: { readonly custodian?: string; readonly location?: string },
): { custodian: string; location: string } {
  return { custodian: transferred.custodian ?? '', location: transferred.location ?? card.location };
}

function evolveRegistered(state: RegisteredAsset, event: AssetEvent): RegisteredAsset {
  const phase = state.phase;
  switch (event.type) {
    case 'asset.registered.v1':
      return state;
    case 'asset.corrected.v1':
      return { ...state, ...event.data.corrected };
    case 'asset.relocated.v1':
      return { ...state, ...event.data.to };
    case 'asset.listed.v1': {
      const { listingId, claimMode, internalUntil, advertiseUntil } = event.data;
      const listedBy = event.data.listedBy ?? null;
      return {
        ...state,
        phase: { kind: 'listed', listing: { listingId, claimMode, internalUntil, advertiseUntil, openClaims: {}, listedBy } },
      };
    }
    case 'asset.listing-expiry-warned.v1':
      if (phase.kind !== 'listed' || phase.listing.listingId !== event.data.listingId) return state;
      return { ...state, phase: { ...phase, listing: { ...phase.listing, expiryWarned: true } } };
    case 'asset.listing-withdrawn.v1':
    case 'asset.listing-expired.v1':
      return { ...state, phase: { kind: 'in_use' } };
    case 'asset.claimed.v1':
      if (phase.kind !== 'listed') return state;
      return {
        ...state,
        phase: {
          ...phase,
          listing: {
            ...phase.listing,
            openClaims: { ...phase.listing.openClaims, [event.data.claimId]: { departmentId: event.data.claimantDepartmentId } },
          },
        },
      };
    case 'asset.claim-selected.v1':
      if (phase.kind !== 'listed') return state;
      return {
        ...state,
        phase: {
          kind: 'in_transfer',
          listing: phase.listing,
          transfer: {
            transferId: event.data.transferId,
            claimId: event.data.claimId,
            toDepartmentId: event.data.toDepartmentId,
            steps: event.data.steps,
            done: [],
            handover: { releasing: false, receiving: false },
            receivedAs: null,
            selectedBy: event.data.selectedBy ?? null,
            escalated: [],
          },
        },
      };
    case 'asset.transfer-step-approved.v1':
      if (phase.kind !== 'in_transfer') return state;
      return { ...state, phase: { ...phase, transfer: { ...phase.transfer, done: [...phase.transfer.done, event.data.step] } } };
    case 'asset.transfer-step-escalated.v1':
      if (phase.kind !== 'in_transfer' || phase.transfer.transferId !== event.data.transferId) return state;
      return { ...state, phase: { ...phase, transfer: { ...phase.transfer, escalated: [...phase.transfer.escalated, event.data.step] } } };
    case 'asset.transfer-rejected.v1':
    case 'asset.transfer-withdrawn.v1':
      // The listing reopens; the claim that failed cannot be chosen again.
      if (phase.kind !== 'in_transfer') return state;
      return { ...state, phase: { kind: 'listed', listing: withoutClaim(phase.listing, phase.transfer.claimId) } };
    case 'asset.handover-confirmed.v1': {
      if (phase.kind !== 'in_transfer') return state;
      const { custodian, location } = event.data;
      const receivedAs = custodian !== undefined && location !== undefined ? { custodian, location } : phase.transfer.receivedAs;
      const handover = { ...phase.transfer.handover, [event.data.side]: true };
      return { ...state, phase: { ...phase, transfer: { ...phase.transfer, handover, receivedAs } } };
    }
    case 'asset.lent.v1': {
      const { loanId, borrowerDepartmentId, dueOn } = event.data;
      return { ...state, phase: { kind: 'on_loan', loan: { loanId, borrowerDepartmentId, dueOn } } };
    }
    case 'asset.loan-returned.v1':
      return phase.kind === 'on_loan' && phase.loan.loanId === event.data.loanId ? { ...state, phase: { kind: 'in_use' } } : state;
    case 'asset.transferred.v1':
      return { ...state, ...custodyAfterTransfer(state, event.data), departmentId: event.data.toDepartmentId, phase: { kind: 'in_use' } };
    case 'asset.disposal-requested.v1':
      return { ...state, phase: { kind: 'pending_disposal', disposalId: event.data.disposalId, disposalKind: event.data.disposalKind } };
    case 'asset.disposal-released.v1':
      return phase.kind === 'pending_disposal' && phase.disposalId === event.data.disposalId
        ? { ...state, phase: { kind: 'in_use' } }
        : state;
    case 'asset.written-off.v1':
      // Handled in evolveAsset: the state leaves 'registered'.
      return state;
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

export function evolveAsset(state: AssetState, stored: AssetEvent): AssetState {
  // Stored events may hold 7-character category codes: read them in today's form.
  const event = upcastAssetEvent(stored);
  if (event.type === 'asset.registered.v1') {
    // Cards registered before depreciation and usage were recorded read as 0 and unknown.
    return {
      ...event.data,
      accumulatedDepreciationFen: event.data.accumulatedDepreciationFen ?? 0,
      usage: event.data.usage ?? null,
      status: 'registered',
      phase: { kind: 'in_use' },
    };
  }
  if (state.status !== 'registered') return state;
  if (event.type === 'asset.written-off.v1') {
    const { phase: _phase, status: _status, ...card } = state;
    return { ...card, status: 'written_off', disposalId: event.data.disposalId, disposalKind: event.data.disposalKind };
  }
  return evolveRegistered(state, event);
}
