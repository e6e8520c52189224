import { Decision, DepartmentDirectory } from '@app/shared';
import {
  ClaimAsset,
  ConfirmHandover,
  DecideTransferStep,
  EscalateTransferStep,
  ExpireListing,
  ListAsset,
  WarnListingExpiry,
  SelectClaim,
  ReallocationCommand,
  WithdrawListing,
  WithdrawTransfer,
} from './asset.commands';
import { AssetError, OFFICE_SPACE_RULE } from './asset.errors';
import { notOwnedBy, registeredAsset } from './asset-guards';
import { AssetEvent } from './asset.events';
import { AssetState, Listing, pendingStep, RegisteredAsset, Transfer } from './asset.state';
import { approvalChain } from './transfer-policy';
import { ApprovalPolicyState } from './approval-policy';
import { AssetTransferred, ClaimSelected, ReceivedAs, TransferStepApproved } from './reallocation.events';
import { invalidListingField, isValidCustodian, isValidLocation, text } from './card-invariants';

export interface ReallocationDeciderDeps {
  readonly departments: DepartmentDirectory;
  /** Every district's approval policies, loaded from their stream by the command handler. */
  readonly policies: ApprovalPolicyState;
}

type Registered = RegisteredAsset;

function openListing(asset: Registered, now: string): Listing | AssetError {
  if (asset.phase.kind !== 'listed') return new AssetError('LISTING_NOT_OPEN', `asset ${asset.assetNo} is not open for claims`);
  if (now >= asset.phase.listing.advertiseUntil)
    return new AssetError('LISTING_NOT_OPEN', `the listing of ${asset.assetNo} expired at ${asset.phase.listing.advertiseUntil}`);
  return asset.phase.listing;
}

function currentTransfer(asset: Registered, transferId: string): Transfer | AssetError {
  if (asset.phase.kind !== 'in_transfer' || asset.phase.transfer.transferId !== transferId) {
    return new AssetError('TRANSFER_NOT_FOUND', `transfer ${transferId} is not under way for asset ${asset.assetNo}`);
  }
  return asset.phase.transfer;
}

function select(
  asset: Registered,
  listing: Listing,
  claimId: string,
  transferId: string,
  deps: ReallocationDeciderDeps,
  selectedBy: string | null,
  now: string,
): ClaimSelected {
  const toDepartmentId = listing.openClaims[claimId].departmentId;
  const { steps, crossesSupervisors, policyVersion } = approvalChain(
    { fromDepartmentId: asset.departmentId, toDepartmentId, valueFen: asset.originalValueFen, categoryCode: asset.categoryCode, at: now },
    deps.departments,
    deps.policies,
  );
  return {
    type: 'asset.claim-selected.v1',
    data: {
      assetId: asset.assetId,
      listingId: listing.listingId,
      claimId,
      transferId,
      fromDepartmentId: asset.departmentId,
      toDepartmentId,
      steps,
      crossesSupervisors,
      assetNo: asset.assetNo,
      assetName: asset.name,
      originalValueFen: asset.originalValueFen,
      netBookValueFen: netBookValue(asset),
      selectedBy,
      policyVersion,
    },
  };
}

function netBookValue(asset: Registered): number {
  return asset.originalValueFen - asset.accumulatedDepreciationFen;
}

function list(c: ListAsset, asset: Registered, deps: ReallocationDeciderDeps): Decision<AssetEvent> {
  const notOwner = notOwnedBy(c.actor, asset);
  if (notOwner) return notOwner;
  if (asset.usage === 'office_space') {
    return new AssetError(
      'OFFICE_SPACE_NOT_LENDABLE',
      `asset ${asset.assetNo} is office space and cannot be offered to other departments. ${OFFICE_SPACE_RULE}`,
      { rule: OFFICE_SPACE_RULE },
    );
  }
  if (asset.phase.kind !== 'in_use')
    return new AssetError(
      'ASSET_NOT_IN_USE',
      `asset ${asset.assetNo} is ${{ listed: 'already listed', in_transfer: 'in transfer', on_loan: 'on loan', pending_disposal: 'in a disposal request' }[asset.phase.kind]}`,
    );
  const broken = invalidListingField(c);
  if (broken !== null) return new AssetError('INVALID_LISTING_FIELD', `${broken} cannot hold that value on a listing`, { field: broken });
  if (c.advertiseUntil <= c.now)
    return new AssetError('INVALID_LISTING_WINDOW', 'advertiseUntil must be in the future', { field: 'advertiseUntil' });
  if (c.internalUntil !== null && (c.internalUntil <= c.now || c.internalUntil >= c.advertiseUntil)) {
    return new AssetError('INVALID_LISTING_WINDOW', 'internalUntil must be in the future and before advertiseUntil', {
      field: 'internalUntil',
    });
  }
  const { listingId, description, condition, photos, pickupLocation, claimMode, internalUntil, advertiseUntil } = c;
  const snapshot = {
    assetNo: asset.assetNo,
    name: asset.name,
    categoryCode: asset.categoryCode,
    departmentId: asset.departmentId,
    ownerSupervisorId: deps.departments.supervisorOf(asset.departmentId),
    quantity: asset.quantity,
    unit: asset.unit,
    originalValueFen: asset.originalValueFen,
    netBookValueFen: netBookValue(asset),
  };
  return [
    {
      type: 'asset.listed.v1',
      data: {
        assetId: asset.assetId,
        listingId,
        asset: snapshot,
        description,
        condition,
        photos,
        pickupLocation,
        claimMode,
        internalUntil,
        advertiseUntil,
        listedBy: c.actor.userId,
      },
    },
  ];
}

function withdrawListing(c: WithdrawListing, asset: Registered): Decision<AssetEvent> {
  const notOwner = notOwnedBy(c.actor, asset);
  if (notOwner) return notOwner;
  if (asset.phase.kind !== 'listed') return new AssetError('LISTING_NOT_OPEN', `asset ${asset.assetNo} has no open listing to withdraw`);
  return [
    { type: 'asset.listing-withdrawn.v1', data: { assetId: asset.assetId, listingId: asset.phase.listing.listingId, reason: c.reason } },
  ];
}

function expire(c: ExpireListing, asset: Registered): Decision<AssetEvent> {
  if (asset.phase.kind !== 'listed' || c.now < asset.phase.listing.advertiseUntil) {
    return new AssetError('LISTING_NOT_EXPIRED', `asset ${asset.assetNo} has no listing past its advertise-until time`);
  }
  return [
    {
      type: 'asset.listing-expired.v1',
      data: { assetId: asset.assetId, listingId: asset.phase.listing.listingId, expiredAt: asset.phase.listing.advertiseUntil },
    },
  ];
}

function warnExpiry(c: WarnListingExpiry, asset: Registered): Decision<AssetEvent> {
  if (c.actor.role !== 'system') return new AssetError('SYSTEM_ONLY', 'expiry reminders are sent by the expiry sweep only');
  const listing = openListing(asset, c.now);
  if (listing instanceof AssetError) return listing;
  if (listing.listingId !== c.listingId) return new AssetError('LISTING_NOT_OPEN', `listing ${c.listingId} is not the open one`);
  if (listing.expiryWarned) return new AssetError('LISTING_EXPIRY_ALREADY_WARNED', `the owner of ${asset.assetNo} was told already`);
  return [
    {
      type: 'asset.listing-expiry-warned.v1',
      data: { assetId: asset.assetId, listingId: listing.listingId, advertiseUntil: listing.advertiseUntil },
    },
  ];
}

function claim(c: ClaimAsset, asset: Registered, deps: ReallocationDeciderDeps): Decision<AssetEvent> {
  const listing = openListing(asset, c.now);
  if (listing instanceof AssetError) return listing;
  const claimant = c.actor.departmentId;
  if (claimant === null) return new AssetError('NOT_A_PARTY', 'only departments can claim assets');
  if (claimant === asset.departmentId)
    return new AssetError('CANNOT_CLAIM_OWN_ASSET', `asset ${asset.assetNo} already belongs to ${claimant}`);
  if (listing.internalUntil !== null && c.now < listing.internalUntil && !deps.departments.sameSupervisor(claimant, asset.departmentId)) {
    return new AssetError(
      'LISTING_INTERNAL_ONLY',
      `until ${listing.internalUntil} only departments under ${deps.departments.supervisorOf(asset.departmentId)} may claim`,
    );
  }
  if (Object.values(listing.openClaims).some((open) => open.departmentId === claimant)) {
    return new AssetError('ALREADY_CLAIMED', `department ${claimant} already has a claim on this listing`);
  }
  if (!text(1000)(c.justification)) {
    return new AssetError('INVALID_LISTING_FIELD', 'a claim needs a justification', { field: 'justification' });
  }
  const claimed: AssetEvent = {
    type: 'asset.claimed.v1',
    data: {
      assetId: asset.assetId,
      listingId: listing.listingId,
      claimId: c.claimId,
      claimantDepartmentId: claimant,
      justification: c.justification,
    },
  };
  if (listing.claimMode === 'manager_picks') return [claimed];
  // First come, first served: the first claim to be appended is chosen in the same write.
  const withClaim: Listing = { ...listing, openClaims: { ...listing.openClaims, [c.claimId]: { departmentId: claimant } } };
  return [claimed, select(asset, withClaim, c.claimId, c.transferId, deps, null, c.now)];
}

function selectClaim(c: SelectClaim, asset: Registered, deps: ReallocationDeciderDeps): Decision<AssetEvent> {
  const notOwner = notOwnedBy(c.actor, asset);
  if (notOwner) return notOwner;
  const listing = openListing(asset, c.now);
  if (listing instanceof AssetError) return listing;
  if (!listing.openClaims[c.claimId]) return new AssetError('CLAIM_NOT_FOUND', `claim ${c.claimId} is not open on this listing`);
  return [select(asset, listing, c.claimId, c.transferId, deps, c.actor.userId, c.now)];
}

function decideStep(c: DecideTransferStep, asset: Registered, deps: ReallocationDeciderDeps): Decision<AssetEvent> {
  const transfer = currentTransfer(asset, c.transferId);
  if (transfer instanceof AssetError) return transfer;
  const step = pendingStep(transfer);
  if (!step) return new AssetError('NOT_YOUR_STEP', 'every approval step of this transfer is done');
  const mayDecide =
    step.kind === 'supervisor_review'
      ? c.actor.role === 'asset_manager' && c.actor.departmentId === step.approverDepartmentId
      : c.actor.role === 'finance_approver';
  if (!mayDecide) {
    const who = step.kind === 'supervisor_review' ? `the asset manager of ${step.approverDepartmentId}` : 'a finance approver';
    return new AssetError('NOT_YOUR_STEP', `the pending step is ${step.kind}, decided by ${who}`);
  }
  const barred = separationOfDuties(c, asset, transfer, deps);
  if (barred) return barred;
  if (!c.approve) {
    return [
      {
        type: 'asset.transfer-rejected.v1',
        data: { assetId: asset.assetId, transferId: transfer.transferId, step: step.kind, reason: c.comment ?? '' },
      },
    ];
  }
  const approved: TransferStepApproved[] = [
    {
      type: 'asset.transfer-step-approved.v1',
      data: {
        assetId: asset.assetId,
        transferId: transfer.transferId,
        step: step.kind,
        byDepartmentId: c.actor.departmentId,
        comment: c.comment,
      },
    },
  ];
  const next = transfer.steps[transfer.steps.indexOf(step) + 1];
  if (next?.kind === 'finance_filing') {
    // 备案: filing needs no decision, it is recorded as soon as the review passes.
    approved.push({
      type: 'asset.transfer-step-approved.v1',
      data: { assetId: asset.assetId, transferId: transfer.transferId, step: 'finance_filing', byDepartmentId: null, comment: '备案' },
    });
  }
  return approved;
}

/** 超时督办 goes one level above the step's reviewers: a 主管部门 review to 财政, a 财政 step to the administrators. */
function escalateStep(c: EscalateTransferStep, asset: Registered): Decision<AssetEvent> {
  if (c.actor.role !== 'system') return new AssetError('SYSTEM_ONLY', 'escalation is raised by the escalation sweep only');
  const transfer = currentTransfer(asset, c.transferId);
  if (transfer instanceof AssetError) return transfer;
  const step = pendingStep(transfer);
  if (!step || step.kind !== c.step) {
    return new AssetError('TRANSFER_STEP_NOT_PENDING', `step ${c.step} of transfer ${c.transferId} is not the one waiting`);
  }
  if (transfer.escalated.includes(step.kind)) {
    return new AssetError('TRANSFER_STEP_ALREADY_ESCALATED', `step ${step.kind} of transfer ${c.transferId} was escalated already`);
  }
  return [
    {
      type: 'asset.transfer-step-escalated.v1',
      data: {
        assetId: asset.assetId,
        transferId: transfer.transferId,
        step: step.kind,
        pendingSince: c.pendingSince,
        workingDaysWaited: c.workingDaysWaited,
        escalatedTo: step.kind === 'supervisor_review' ? 'finance_approvers' : 'administrators',
        approverDepartmentId: step.approverDepartmentId,
      },
    },
  ];
}

/**
 * Separation of duties: the finance approver must cover the releasing unit's district; the person who
 * listed the asset or picked the claim cannot approve a step; nobody approves their own unit's request.
 */
function separationOfDuties(
  c: DecideTransferStep,
  asset: Registered,
  transfer: Transfer,
  deps: ReallocationDeciderDeps,
): AssetError | null {
  const listedBy = asset.phase.kind === 'in_transfer' ? asset.phase.listing.listedBy : null;
  if (c.actor.role === 'finance_approver' && !deps.departments.covers(c.actor, asset.departmentId)) {
    return new AssetError('NOT_YOUR_STEP', `单位 ${asset.departmentId} 不在您所在财政部门的辖区 (outside your finance bureau's district)`);
  }
  if (c.actor.userId === listedBy || c.actor.userId === transfer.selectedBy) {
    const did = c.actor.userId === listedBy ? 'listed the asset' : 'picked the claim';
    return new AssetError('SOD_SAME_PERSON', `发起或选定此次调剂的人不能审批 (you ${did}; another person must approve)`, {
      rule: 'same-person',
    });
  }
  if (c.actor.departmentId === transfer.toDepartmentId) {
    return new AssetError('SOD_OWN_UNIT', `不能审批本单位的申领 (${transfer.toDepartmentId} requested this transfer)`, {
      rule: 'own-unit',
    });
  }
  return null;
}

function sideOf(c: ReallocationCommand, asset: Registered, transfer: Transfer): 'releasing' | 'receiving' | null {
  if (c.actor.role !== 'asset_manager') return null;
  if (c.actor.departmentId === asset.departmentId) return 'releasing';
  if (c.actor.departmentId === transfer.toDepartmentId) return 'receiving';
  return null;
}

function withdrawTransfer(c: WithdrawTransfer, asset: Registered): Decision<AssetEvent> {
  const transfer = currentTransfer(asset, c.transferId);
  if (transfer instanceof AssetError) return transfer;
  const side = sideOf(c, asset, transfer);
  if (!side) return new AssetError('NOT_A_PARTY', 'only the releasing or receiving asset manager may withdraw a transfer');
  return [
    { type: 'asset.transfer-withdrawn.v1', data: { assetId: asset.assetId, transferId: transfer.transferId, side, reason: c.reason } },
  ];
}

/** The receiving side names who keeps the asset and where (art. 15: a named custodian after 交接); the releasing side cannot. */
function receivedAsProblem(side: 'releasing' | 'receiving', receivedAs: ReceivedAs | null): AssetError | null {
  if (side === 'releasing') {
    return receivedAs
      ? new AssetError('CUSTODIAN_NAMED_BY_RECEIVER', 'the receiving unit names the custodian and the place, not the releasing unit')
      : null;
  }
  if (!receivedAs)
    return new AssetError(
      'HANDOVER_NEEDS_CUSTODIAN',
      'the receiving side names the custodian (使用人) and the place (存放地点) at handover',
    );
  if (!isValidCustodian(receivedAs.custodian) || !isValidLocation(receivedAs.location))
    return new AssetError('HANDOVER_NEEDS_CUSTODIAN', 'the custodian (1–100 characters) and the place (1–200 characters) must be given');
  return null;
}

function confirmHandover(c: ConfirmHandover, asset: Registered): Decision<AssetEvent> {
  const transfer = currentTransfer(asset, c.transferId);
  if (transfer instanceof AssetError) return transfer;
  const side = sideOf(c, asset, transfer);
  if (!side) return new AssetError('NOT_A_PARTY', 'only the releasing or receiving asset manager confirms a handover');
  const pending = pendingStep(transfer);
  if (pending) return new AssetError('APPROVALS_PENDING', `handover waits for ${pending.kind}`);
  if (transfer.handover[side]) return new AssetError('HANDOVER_ALREADY_CONFIRMED', `the ${side} side already confirmed`);
  const named = receivedAsProblem(side, c.receivedAs);
  if (named) return named;
  const confirmed: AssetEvent = {
    type: 'asset.handover-confirmed.v1',
    data: { assetId: asset.assetId, transferId: transfer.transferId, side, ...(c.receivedAs ?? {}) },
  };
  const other = side === 'releasing' ? 'receiving' : 'releasing';
  if (!transfer.handover[other]) return [confirmed];
  const receivedAs = c.receivedAs ?? transfer.receivedAs;
  const listingId = asset.phase.kind === 'in_transfer' ? asset.phase.listing.listingId : '';
  const transferred: AssetTransferred = {
    type: 'asset.transferred.v1',
    data: {
      assetId: asset.assetId,
      transferId: transfer.transferId,
      listingId,
      claimId: transfer.claimId,
      fromDepartmentId: asset.departmentId,
      toDepartmentId: transfer.toDepartmentId,
      originalValueFen: asset.originalValueFen,
      accumulatedDepreciationFen: asset.accumulatedDepreciationFen,
      netBookValueFen: netBookValue(asset),
      ...(receivedAs ?? {}),
    },
  };
  return [confirmed, transferred];
}

export function decideReallocation(command: ReallocationCommand, state: AssetState, deps: ReallocationDeciderDeps): Decision<AssetEvent> {
  const asset = registeredAsset(command, state);
  if (asset instanceof AssetError) return asset;
  switch (command.kind) {
    case 'ListAsset':
      return list(command, asset, deps);
    case 'WithdrawListing':
      return withdrawListing(command, asset);
    case 'ExpireListing':
      return expire(command, asset);
    case 'WarnListingExpiry':
      return warnExpiry(command, asset);
    case 'ClaimAsset':
      return claim(command, asset, deps);
    case 'SelectClaim':
      return selectClaim(command, asset, deps);
    case 'DecideTransferStep':
      return decideStep(command, asset, deps);
    case 'EscalateTransferStep':
      return escalateStep(command, asset);
    case 'WithdrawTransfer':
      return withdrawTransfer(command, asset);
    case 'ConfirmHandover':
      return confirmHandover(command, asset);
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}
