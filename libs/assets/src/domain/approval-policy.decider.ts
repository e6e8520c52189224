import { Actor, chinaDate, Decision, DepartmentDirectory } from '@app/shared';
import { CategoryCatalog } from '../categories/category-catalog';
import { AssetError } from './asset.errors';
import {
  ApprovalPolicyEvent,
  ApprovalPolicyState,
  ApprovalRules,
  effectiveInstant,
  evolveApprovalPolicy,
  initialApprovalPolicyState,
} from './approval-policy';

export interface RecordApprovalPolicy {
  readonly kind: 'RecordApprovalPolicy';
  readonly actor: Actor;
  readonly now: string;
  readonly districtId: string;
  readonly effectiveFrom: string;
  readonly rules: ApprovalRules;
  readonly reason: string;
}

export interface ApprovalPolicyDeciderDeps {
  readonly departments: DepartmentDirectory;
  readonly categories: CategoryCatalog;
}

/**
 * Rules for recording a policy:
 * - only a finance approver of the district's own finance bureau records it (the system for the seed);
 * - it applies from today or a later China date, never an earlier one (POLICY_EFFECTIVE_IN_PAST);
 * - effective dates of one district strictly increase: a date on or before the latest recorded one
 *   would overlap it (POLICY_OVERLAPS); to change a policy, record a newer one;
 * - every category named is a row of the catalogue, a 门类 or 大类 (UNKNOWN_CATEGORY).
 */
export function decideApprovalPolicy(
  c: RecordApprovalPolicy,
  state: ApprovalPolicyState,
  deps: ApprovalPolicyDeciderDeps,
): Decision<ApprovalPolicyEvent> {
  if (c.actor.role !== 'system') {
    const own = c.actor.departmentId === null ? null : deps.departments.districtOf(c.actor.departmentId);
    if (c.actor.role !== 'finance_approver' || own !== c.districtId) {
      return new AssetError(
        'NOT_A_FINANCE_BUREAU',
        `只有 ${c.districtId} 的财政部门可以登记其审批规则 (only that district's finance bureau)`,
        {
          districtId: c.districtId,
        },
      );
    }
  }
  const today = chinaDate(new Date(c.now));
  if (c.effectiveFrom < today) {
    return new AssetError('POLICY_EFFECTIVE_IN_PAST', `生效日期 ${c.effectiveFrom} 早于今天 ${today} (a policy cannot apply to the past)`, {
      field: 'effectiveFrom',
    });
  }
  const versions = state.byDistrict[c.districtId] ?? [];
  const latest = versions[versions.length - 1];
  if (latest && c.effectiveFrom <= latest.effectiveFrom) {
    return new AssetError(
      'POLICY_OVERLAPS',
      `生效日期须晚于已登记的最新规则（${latest.effectiveFrom} 起） (effectiveFrom must be after ${latest.effectiveFrom})`,
      { field: 'effectiveFrom', latest: latest.effectiveFrom },
    );
  }
  const categories = [...new Set(c.rules.financeApprovalCategories)].sort();
  const unknown = categories.find((code) => !deps.categories.listed(code));
  if (unknown !== undefined) {
    return new AssetError('UNKNOWN_CATEGORY', `分类代码 ${unknown} 不在资产分类表中 (not a GB/T 14885-2022 category)`, {
      field: 'financeApprovalCategories',
      value: unknown,
    });
  }
  return [
    {
      type: 'policy.transfer-approval-recorded.v1',
      data: {
        districtId: c.districtId,
        version: versions.length + 1,
        effectiveFrom: c.effectiveFrom,
        effectiveAt: effectiveInstant(c.effectiveFrom, c.now),
        rules: { ...c.rules, financeApprovalCategories: categories },
        reason: c.reason,
        recordedBy: c.actor.userId,
      },
    },
  ];
}

export const approvalPolicyDecider = (deps: ApprovalPolicyDeciderDeps) => ({
  decide: (command: RecordApprovalPolicy, state: ApprovalPolicyState) => decideApprovalPolicy(command, state, deps),
  evolve: evolveApprovalPolicy,
  initialState: initialApprovalPolicyState,
});
