import { DepartmentDirectory } from '@app/shared';
import { ApprovalPolicyState, NO_POLICY_RULES, policyInForce } from './approval-policy';
import { DisposalStep } from './disposal.events';

export interface DisposalChain {
  readonly steps: DisposalStep[];
  readonly policyVersion: number | null;
}

/**
 * 处置 approval chain, fixed when the request is made by the holding unit's district policy in force:
 * the unit's 主管部门 approves; above the policy's disposal threshold (total original value of the
 * request, 批量价值) the finance bureau approves too, at or below it the 主管部门's approval is filed
 * with finance (备案).
 */
export function disposalChain(
  request: { departmentId: string; totalOriginalValueFen: number; at: string },
  departments: DepartmentDirectory,
  policies: ApprovalPolicyState,
): DisposalChain {
  const policy = policyInForce(policies, departments.districtOf(request.departmentId), request.at);
  const threshold = (policy?.rules ?? NO_POLICY_RULES).disposalFinanceApprovalAboveFen ?? 0;
  const policyVersion = policy?.version ?? null;
  // A 主管部门 approves the disposals of its own assets too, as the regulation lets departments do within the
  // limits finance sets; the requester never approves their own request (the decider checks the person).
  const supervisor = departments.supervisorOf(request.departmentId);
  const finance: DisposalStep =
    request.totalOriginalValueFen > threshold
      ? { kind: 'finance_approval', approverDepartmentId: null }
      : { kind: 'finance_filing', approverDepartmentId: null };
  return { steps: [{ kind: 'supervisor_review', approverDepartmentId: supervisor }, finance], policyVersion };
}
