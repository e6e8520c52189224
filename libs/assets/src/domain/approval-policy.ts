/**
 * 调剂审批规则 as data: which transfers the finance bureau (财政部门) approves rather than merely files
 * (备案), by value, by crossing 主管部门 and by category. Each district's finance bureau records its
 * policy with the date it applies from; a transfer's chain is fixed by the policy in force when the
 * claim is selected, and an as-of read shows the policy in force at any instant.
 *
 * All districts share one stream (`approval-policies`): policies are few and change rarely.
 */
export const APPROVAL_POLICY_STREAM_ID = 'approval-policies';

export interface ApprovalRules {
  /** Above this original value (分) the finance bureau approves even within one 主管部门; at or below, the transfer is filed (备案). */
  readonly financeApprovalAboveFen: number;
  /** A transfer that crosses 主管部门 needs the finance bureau's approval (the regulation's default); false files it instead. */
  readonly crossingNeedsFinanceApproval: boolean;
  /** Category codes (any level, GB/T 14885) whose transfers always need the finance bureau's approval, whatever their value. */
  readonly financeApprovalCategories: readonly string[];
  /**
   * Disposals (处置): above this total original value (分) of one request the finance bureau approves
   * after the 主管部门; at or below, the 主管部门's approval is filed (备案). Absent in policies recorded
   * before disposals existed: read as 0, so the finance bureau approves every disposal (the strict default).
   */
  readonly disposalFinanceApprovalAboveFen?: number;
}

export interface ApprovalPolicyRecorded {
  readonly type: 'policy.transfer-approval-recorded.v1';
  readonly data: {
    /** The district (or city) whose finance bureau recorded it; it governs transfers out of units there. */
    readonly districtId: string;
    /** 1, 2, … per district. */
    readonly version: number;
    /** China date the policy applies from. */
    readonly effectiveFrom: string;
    /** The instant it applies from: 00:00 China time that day, or the moment it was recorded if that is later (a policy for today never reaches back before it existed). */
    readonly effectiveAt: string;
    readonly rules: ApprovalRules;
    readonly reason: string;
    readonly recordedBy: string;
  };
}

export type ApprovalPolicyEvent = ApprovalPolicyRecorded;
export type ApprovalPolicyVersion = ApprovalPolicyRecorded['data'];

/** Each district's versions, in the order recorded (effective dates strictly increase). */
export interface ApprovalPolicyState {
  readonly byDistrict: Readonly<Record<string, readonly ApprovalPolicyVersion[]>>;
}

export const initialApprovalPolicyState = (): ApprovalPolicyState => ({ byDistrict: {} });

export function evolveApprovalPolicy(state: ApprovalPolicyState, event: ApprovalPolicyEvent): ApprovalPolicyState {
  switch (event.type) {
    case 'policy.transfer-approval-recorded.v1': {
      const versions = state.byDistrict[event.data.districtId] ?? [];
      return { byDistrict: { ...state.byDistrict, [event.data.districtId]: [...versions, event.data] } };
    }
    default:
      return state;
  }
}

/** The district's policy in force at `at` (ISO instant), or null before its first one. */
export function policyInForce(state: ApprovalPolicyState, districtId: string | null, at: string): ApprovalPolicyVersion | null {
  if (districtId === null) return null;
  const versions = state.byDistrict[districtId] ?? [];
  let found: ApprovalPolicyVersion | null = null;
  for (const v of versions) if (Date.parse(v.effectiveAt) <= Date.parse(at)) found = v;
  return found;
}

/**
 * Where no policy is in force (a district whose finance bureau has recorded none yet), every transfer
 * goes to the finance bureau for approval: the strictest reading, never a silent 备案.
 */
export const NO_POLICY_RULES: ApprovalRules = {
  financeApprovalAboveFen: 0,
  crossingNeedsFinanceApproval: true,
  financeApprovalCategories: [],
  disposalFinanceApprovalAboveFen: 0,
};

/** ¥50,000: a common local threshold; the demo seed's default (TRANSFER_FINANCE_APPROVAL_THRESHOLD_FEN overrides it). */
export const DEFAULT_FINANCE_APPROVAL_THRESHOLD_FEN = 5_000_000;

export const seedRules = (financeApprovalAboveFen = DEFAULT_FINANCE_APPROVAL_THRESHOLD_FEN): ApprovalRules => ({
  financeApprovalAboveFen,
  crossingNeedsFinanceApproval: true,
  financeApprovalCategories: [],
  disposalFinanceApprovalAboveFen: financeApprovalAboveFen,
});

/** The instant a policy dated `effectiveFrom` applies from, when recorded at `now`. */
export function effectiveInstant(effectiveFrom: string, now: string): string {
  const midnight = new Date(`${effectiveFrom}T00:00:00+08:00`).toISOString();
  return Date.parse(now) > Date.parse(midnight) ? now : midnight;
}
