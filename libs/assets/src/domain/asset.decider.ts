import { Decision, DEMO_DISTRICT_ID, DepartmentDirectory } from '@app/shared';
import { CategoryCatalog } from '../categories/category-catalog';
import { AssetCommand, CorrectAsset, RegisterAsset, RelocateAsset } from './asset.commands';
import { AssetError } from './asset.errors';
import { notOwnedBy, registeredAsset } from './asset-guards';
import { AssetCardFields, AssetEvent } from './asset.events';
import { AssetState, evolveAsset, initialAssetState, RegisteredAsset } from './asset.state';
import { decideReallocation, ReallocationDeciderDeps } from './reallocation.decider';
import { AssetDisposalCommand, decideAssetDisposal } from './asset-disposal.decider';
import { decideLoan } from './loan.decider';
import { DEFAULT_FINANCE_APPROVAL_THRESHOLD_FEN, evolveApprovalPolicy, initialApprovalPolicyState, seedRules } from './approval-policy';
import { invalidCardField, isValidCustodian, isValidLocation } from './card-invariants';

export interface AssetDeciderDeps extends ReallocationDeciderDeps {
  readonly categories: CategoryCatalog;
}

type Registered = RegisteredAsset;

function checkCard(card: Partial<AssetCardFields>, today: string, deps: AssetDeciderDeps): AssetError | null {
  const broken = invalidCardField(card);
  if (broken !== null) {
    return new AssetError('INVALID_CARD_FIELD', `${broken} cannot hold that value on an asset card`, { field: broken });
  }
  if (card.categoryCode !== undefined && !deps.categories.resolve(card.categoryCode)) {
    return new AssetError(
      'UNKNOWN_CATEGORY',
      `categoryCode ${card.categoryCode} is not in the category table in force (or is not a letter and eight digits)`,
      {
        field: 'categoryCode',
        value: card.categoryCode,
      },
    );
  }
  const value = card.originalValueFen;
  const depreciation = card.accumulatedDepreciationFen;
  if (value !== undefined && depreciation !== undefined && depreciation > value) {
    return new AssetError('DEPRECIATION_EXCEEDS_VALUE', 'accumulatedDepreciationFen cannot exceed originalValueFen', {
      field: 'accumulatedDepreciationFen',
    });
  }
  if (card.acquiredOn !== undefined && card.acquiredOn > today) {
    return new AssetError('ACQUISITION_DATE_IN_FUTURE', `acquiredOn ${card.acquiredOn} is after today (${today})`, {
      field: 'acquiredOn',
    });
  }
  return null;
}

function requireOwnDepartment(command: AssetCommand, state: AssetState): Registered | AssetError {
  const asset = registeredAsset(command, state);
  if (asset instanceof AssetError) return asset;
  return notOwnedBy(command.actor, asset) ?? asset;
}

function register(command: RegisterAsset, state: AssetState, deps: AssetDeciderDeps): Decision<AssetEvent> {
  if (state.status !== 'unregistered') {
    return new AssetError('ASSET_ALREADY_REGISTERED', `asset number ${command.assetNo} is already registered`, {
      assetNo: command.assetNo,
    });
  }
  if (command.actor.departmentId !== command.departmentId) {
    return new AssetError(
      'NOT_YOUR_DEPARTMENT',
      `you register assets for ${command.actor.departmentId ?? 'no department'}, not ${command.departmentId}`,
    );
  }
  // A closed (撤销) unit keeps no new books; its closure was refused while it still held cards.
  if (deps.departments.get(command.departmentId)?.closed) {
    return new AssetError('UNIT_CLOSED', `单位 ${command.departmentId} 已撤销 (the unit is closed)`, { field: 'departmentId' });
  }
  const invalid = checkCard(command.card, command.today, deps);
  if (invalid) return invalid;
  return [
    {
      type: 'asset.registered.v1',
      data: { assetId: command.assetId, assetNo: command.assetNo, departmentId: command.departmentId, ...command.card },
    },
  ];
}

/** What a disposal's approval chain was chosen by: frozen while the request is open, or a correction could bypass 财政. */
const FROZEN_WHILE_DISPOSING = ['originalValueFen', 'accumulatedDepreciationFen', 'categoryCode', 'usage'] as const;

function correct(command: CorrectAsset, state: AssetState, deps: AssetDeciderDeps): Decision<AssetEvent> {
  const asset = requireOwnDepartment(command, state);
  if (asset instanceof AssetError) return asset;
  const frozen = FROZEN_WHILE_DISPOSING.find((field) => command.changes[field] !== undefined && command.changes[field] !== asset[field]);
  if (asset.phase.kind === 'pending_disposal' && frozen) {
    return new AssetError('CARD_FROZEN_FOR_DISPOSAL', `${frozen} decided the approval chain of disposal ${asset.phase.disposalId}`, {
      field: frozen,
    });
  }
  // Depreciation is checked against the value the card will have after the correction.
  const invalid = checkCard(
    {
      ...command.changes,
      originalValueFen: command.changes.originalValueFen ?? asset.originalValueFen,
      accumulatedDepreciationFen: command.changes.accumulatedDepreciationFen ?? asset.accumulatedDepreciationFen,
    },
    command.today,
    deps,
  );
  if (invalid) return invalid;
  const previous: Record<string, unknown> = {};
  const corrected: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(command.changes) as [keyof AssetCardFields, unknown][]) {
    if (value === undefined || asset[field] === value) continue;
    previous[field] = asset[field];
    corrected[field] = value;
  }
  if (Object.keys(corrected).length === 0) {
    return new AssetError('NOTHING_TO_CORRECT', 'every field given already has that value on the card');
  }
  return [
    {
      type: 'asset.corrected.v1',
      data: {
        assetId: asset.assetId,
        previous: previous as Partial<AssetCardFields>,
        corrected: corrected as Partial<AssetCardFields>,
        reason: command.reason,
      },
    },
  ];
}

function relocate(command: RelocateAsset, state: AssetState): Decision<AssetEvent> {
  const asset = requireOwnDepartment(command, state);
  if (asset instanceof AssetError) return asset;
  if (asset.phase.kind === 'on_loan') {
    return new AssetError(
      'ASSET_ON_LOAN',
      `asset ${asset.assetNo} is lent to ${asset.phase.loan.borrowerDepartmentId} until ${asset.phase.loan.dueOn}`,
    );
  }
  const to = { location: command.location, custodian: command.custodian ?? asset.custodian };
  if (!isValidLocation(to.location) || !isValidCustodian(to.custodian)) {
    return new AssetError('INVALID_CARD_FIELD', 'location and custodian must be non-empty text', {
      field: isValidLocation(to.location) ? 'custodian' : 'location',
    });
  }
  if (to.location === asset.location && to.custodian === asset.custodian) {
    return new AssetError('NOTHING_TO_RELOCATE', 'the asset is already at that location with that custodian');
  }
  return [
    {
      type: 'asset.relocated.v1',
      data: { assetId: asset.assetId, from: { location: asset.location, custodian: asset.custodian }, to, reason: command.reason },
    },
  ];
}

export function decideAsset(command: AssetCommand | AssetDisposalCommand, state: AssetState, deps: AssetDeciderDeps): Decision<AssetEvent> {
  switch (command.kind) {
    case 'HoldForDisposal':
    case 'ReleaseFromDisposal':
    case 'WriteOffAsset':
      return decideAssetDisposal(command, state);
    case 'RegisterAsset':
      return register(command, state, deps);
    case 'CorrectAsset':
      return correct(command, state, deps);
    case 'RelocateAsset':
      return relocate(command, state);
    case 'ListAsset':
    case 'WithdrawListing':
    case 'ExpireListing':
    case 'WarnListingExpiry':
    case 'ClaimAsset':
    case 'SelectClaim':
    case 'DecideTransferStep':
    case 'EscalateTransferStep':
    case 'WithdrawTransfer':
    case 'ConfirmHandover':
      return decideReallocation(command, state, deps);
    case 'LendAsset':
    case 'ReturnLoan':
      return decideLoan(command, state, deps.departments);
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

export const assetDecider = (deps: AssetDeciderDeps) => ({
  decide: (command: AssetCommand | AssetDisposalCommand, state: AssetState) => decideAsset(command, state, deps),
  evolve: evolveAsset,
  initialState: initialAssetState,
});

/** Injection token for the decider's dependencies (catalog, directory, policy). */
export const ASSET_DECIDER_DEPS = Symbol('ASSET_DECIDER_DEPS');

/** The demo tree and catalogue, with the demo district's seeded approval policy (in force since 2020) at the given threshold. */
export function standardAssetDeps(financeApprovalThresholdFen = DEFAULT_FINANCE_APPROVAL_THRESHOLD_FEN): AssetDeciderDeps {
  const seeded = evolveApprovalPolicy(initialApprovalPolicyState(), {
    type: 'policy.transfer-approval-recorded.v1',
    data: {
      districtId: DEMO_DISTRICT_ID,
      version: 1,
      effectiveFrom: '2020-01-01',
      effectiveAt: '2020-01-01T00:00:00.000Z',
      rules: seedRules(financeApprovalThresholdFen),
      reason: '初始规则',
      recordedBy: 'system',
    },
  });
  return { categories: CategoryCatalog.standard(), departments: DepartmentDirectory.demo(), policies: seeded };
}
