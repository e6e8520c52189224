import { DepartmentDirectory } from '@app/shared';
import { TransferStep } from './reallocation.events';
import { ApprovalPolicyState, ApprovalRules, NO_POLICY_RULES, policyInForce } from './approval-policy';

export interface ApprovalChain {
  readonly steps: TransferStep[];
  readonly crossesSupervisors: boolean;
  /** The district policy version that fixed the chain (null: none in force, the strict default applied). */
  readonly policyVersion: number | null;
}

function matchesCategory(rules: ApprovalRules, categoryCode: string): boolean {
  return rules.financeApprovalCategories.some((prefix) => categoryCode.startsWith(prefix.replace(/(00)+$/, '')));
}

/**
 * 调剂 approval chain: the releasing unit's 主管部门 reviews first; the finance bureau then approves or
 * files (备案) according to the releasing district's policy in force at `at`: approval when the transfer
 * crosses 主管部门 (unless the policy says filing is enough), exceeds the value threshold, or concerns a
 * category the policy names.
 */
export function approvalChain(
  transfer: { fromDepartmentId: string; toDepartmentId: string; valueFen: number; categoryCode: string; at: string },
  departments: DepartmentDirectory,
  policies: ApprovalPolicyState,
): ApprovalChain {
  const { fromDepartmentId, toDepartmentId } = transfer;
  const crossesSupervisors = !departments.sameSupervisor(fromDepartmentId, toDepartmentId);
  const policy = policyInForce(policies, departments.districtOf(fromDepartmentId), transfer.at);
  const rules = policy?.rules ?? NO_POLICY_RULES;
  const policyVersion = policy?.version ?? null;
  // A 主管部门 never reviews its own request (separation of duties): the finance bureau approves it instead.
  if (departments.supervisorOf(fromDepartmentId) === toDepartmentId) {
    return { steps: [{ kind: 'finance_approval', approverDepartmentId: null }], crossesSupervisors, policyVersion };
  }
  const review: TransferStep = { kind: 'supervisor_review', approverDepartmentId: departments.supervisorOf(fromDepartmentId) };
  const needsApproval =
    (crossesSupervisors && rules.crossingNeedsFinanceApproval) ||
    transfer.valueFen > rules.financeApprovalAboveFen ||
    matchesCategory(rules, transfer.categoryCode);
  const finance: TransferStep = needsApproval
    ? { kind: 'finance_approval', approverDepartmentId: null }
    : { kind: 'finance_filing', approverDepartmentId: null };
  return { steps: [review, finance], crossesSupervisors, policyVersion };
}
