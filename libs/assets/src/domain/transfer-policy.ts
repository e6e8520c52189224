import { DepartmentDirectory } from '@app/shared';
import { TransferStep } from './reallocation.events';

export interface TransferPolicy {
  /** Above this original value (分) the finance bureau approves even within one 主管部门. */
  readonly financeApprovalThresholdFen: number;
}

/**
 * 调剂 approval chain: the releasing department's 主管部门 reviews first. Across supervising
 * departments, or above the value threshold, the finance bureau approves; otherwise the transfer
 * is filed with finance (备案) as soon as the review passes.
 */
export function approvalChain(
  fromDepartmentId: string,
  toDepartmentId: string,
  valueFen: number,
  departments: DepartmentDirectory,
  policy: TransferPolicy,
): { steps: TransferStep[]; crossesSupervisors: boolean } {
  const crossesSupervisors = !departments.sameSupervisor(fromDepartmentId, toDepartmentId);
  // A 主管部门 never reviews its own request (separation of duties): the finance bureau approves it instead.
  if (departments.supervisorOf(fromDepartmentId) === toDepartmentId) {
    return { steps: [{ kind: 'finance_approval', approverDepartmentId: null }], crossesSupervisors };
  }
  const review: TransferStep = { kind: 'supervisor_review', approverDepartmentId: departments.supervisorOf(fromDepartmentId) };
  const finance: TransferStep =
    crossesSupervisors || valueFen > policy.financeApprovalThresholdFen
      ? { kind: 'finance_approval', approverDepartmentId: null }
      : { kind: 'finance_filing', approverDepartmentId: null };
  return { steps: [review, finance], crossesSupervisors };
}
