import { Decision, DepartmentDirectory, isCalendarDate } from '@app/shared';
import { LendAsset, LoanCommand, ReturnLoan } from './asset.commands';
import { AssetError, OFFICE_SPACE_RULE } from './asset.errors';
import { notOwnedBy, registeredAsset } from './asset-guards';
import { AssetEvent } from './asset.events';
import { AssetState, RegisteredAsset } from './asset.state';
import { text } from './card-invariants';

/** A longer absence is a transfer (调剂) with its approvals, not a loan. */
export const MAX_LOAN_DAYS = 365;

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (calendar dates, YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function invalidLoanField(c: LendAsset): string | null {
  if (!text(100)(c.borrower)) return 'borrower';
  if (!text(500)(c.purpose)) return 'purpose';
  if (!isCalendarDate(c.dueOn)) return 'dueOn';
  return null;
}

function lend(c: LendAsset, asset: RegisteredAsset, departments: DepartmentDirectory): Decision<AssetEvent> {
  const notOwner = notOwnedBy(c.actor, asset);
  if (notOwner) return notOwner;
  if (asset.usage === 'office_space') {
    return new AssetError('OFFICE_SPACE_NOT_LENDABLE', `asset ${asset.assetNo} is office space and cannot be lent. ${OFFICE_SPACE_RULE}`, {
      rule: OFFICE_SPACE_RULE,
    });
  }
  if (asset.phase.kind !== 'in_use') return new AssetError('ASSET_NOT_IN_USE', `asset ${asset.assetNo} is ${asset.phase.kind}, not in use`);
  const broken = invalidLoanField(c);
  if (broken !== null) return new AssetError('INVALID_LOAN_FIELD', `${broken} cannot hold that value on a loan`, { field: broken });
  const borrowerUnit = departments.get(c.borrowerDepartmentId);
  if (!borrowerUnit || borrowerUnit.closed) {
    return new AssetError('UNKNOWN_BORROWER_UNIT', `${c.borrowerDepartmentId} is not an open unit`, { field: 'borrowerDepartmentId' });
  }
  if (c.borrowerDepartmentId === asset.departmentId) {
    return new AssetError('CANNOT_LEND_TO_OWN_UNIT', 'a loan goes to another unit; within the unit, relocate the asset', {
      field: 'borrowerDepartmentId',
    });
  }
  const days = daysBetween(c.today, c.dueOn);
  if (days < 1 || days > MAX_LOAN_DAYS) {
    return new AssetError('INVALID_LOAN_PERIOD', `dueOn must be 1 to ${MAX_LOAN_DAYS} days after today (${c.today})`, { field: 'dueOn' });
  }
  return [
    {
      type: 'asset.lent.v1',
      data: {
        assetId: asset.assetId,
        loanId: c.loanId,
        assetNo: asset.assetNo,
        assetName: asset.name,
        lenderDepartmentId: asset.departmentId,
        borrowerDepartmentId: c.borrowerDepartmentId,
        borrower: c.borrower.trim(),
        purpose: c.purpose.trim(),
        lentOn: c.today,
        dueOn: c.dueOn,
      },
    },
  ];
}

function returnLoan(c: ReturnLoan, asset: RegisteredAsset): Decision<AssetEvent> {
  const notOwner = notOwnedBy(c.actor, asset);
  if (notOwner) return notOwner;
  if (asset.phase.kind !== 'on_loan' || asset.phase.loan.loanId !== c.loanId) {
    return new AssetError('LOAN_NOT_FOUND', `asset ${asset.assetNo} has no open loan ${c.loanId}`);
  }
  if (c.note !== null && !text(500)(c.note)) return new AssetError('INVALID_LOAN_FIELD', 'note cannot hold that value', { field: 'note' });
  const daysOverdue = Math.max(0, daysBetween(asset.phase.loan.dueOn, c.today));
  return [
    { type: 'asset.loan-returned.v1', data: { assetId: asset.assetId, loanId: c.loanId, returnedOn: c.today, daysOverdue, note: c.note } },
  ];
}

export function decideLoan(command: LoanCommand, state: AssetState, departments: DepartmentDirectory): Decision<AssetEvent> {
  const asset = registeredAsset(command, state);
  if (asset instanceof AssetError) return asset;
  return command.kind === 'LendAsset' ? lend(command, asset, departments) : returnLoan(command, asset);
}
