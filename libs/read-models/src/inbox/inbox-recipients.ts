/**
 * Who an inbox item is for, from the organisation as the inbox projection has folded it (accounts and units).
 * The rules mirror the deciders' own checks, so an item goes only to people who may act on it or whose
 * thing it is: never to another unit's people, never to a disabled account.
 */
export interface InboxAccount {
  readonly userId: string;
  readonly roles: readonly string[];
  /** Null for residents. */
  readonly departmentId: string | null;
  readonly disabled: boolean;
}

export interface InboxUnit {
  readonly parentId: string | null;
  /** city | district | department | unit */
  readonly level: string;
  readonly name?: string;
}

/** A transfer step as claim-selected names it. */
export interface StepRef {
  readonly kind: string;
  readonly approverDepartmentId: string | null;
}

/** What the approver rules need to know of a transfer: its sides and who started it (separation of duties). */
export interface TransferParties {
  readonly fromDepartmentId: string;
  readonly toDepartmentId: string;
  readonly listedBy: string | null;
  readonly selectedBy: string | null;
}

export class InboxDirectory {
  constructor(
    readonly accounts: Map<string, InboxAccount> = new Map(),
    readonly units: Map<string, InboxUnit> = new Map(),
  ) {}

  private holders(role: string, where: (account: InboxAccount) => boolean): string[] {
    const out: string[] = [];
    for (const account of this.accounts.values()) {
      if (!account.disabled && account.roles.includes(role) && where(account)) out.push(account.userId);
    }
    return out.sort();
  }

  /** The unit's name for a message (its code when the tree does not know it). */
  unitName(unitId: string): string {
    return this.units.get(unitId)?.name || unitId;
  }

  /** The unit's own asset managers (资产管理员): exactly that unit, not the units above or below it. */
  assetManagersOf(departmentId: string): string[] {
    return this.holders('asset_manager', (a) => a.departmentId === departmentId);
  }

  /** System administrators (they cover every unit): the last level of 超时督办. */
  administrators(): string[] {
    return this.holders('system_admin', () => true);
  }

  /** The unit and the units above it, nearest first (a unit the tree does not know is just itself). */
  private ancestry(unitId: string): string[] {
    const out: string[] = [];
    for (let id: string | null = unitId; id !== null && !out.includes(id); id = this.units.get(id)?.parentId ?? null) out.push(id);
    return out;
  }

  /** The district (or city) a unit belongs to: the reach of its finance bureau (as DepartmentDirectory.districtOf). */
  districtOf(unitId: string): string | null {
    return this.ancestry(unitId).find((id) => ['district', 'city'].includes(this.units.get(id)?.level ?? '')) ?? null;
  }

  /** Finance approvers whose district holds the unit: the ones the decider lets approve its transfers. */
  financeApproversCovering(unitId: string): string[] {
    const above = new Set(this.ancestry(unitId));
    return this.holders('finance_approver', (a) => a.departmentId !== null && above.has(this.districtOf(a.departmentId) ?? a.departmentId));
  }

  /**
   * Who may decide a transfer step: 主管部门 review by the reviewing unit's asset managers, 财政审批 by the finance
   * approvers covering the releasing unit; never the person who listed the asset or picked the claim, never
   * someone of the receiving unit. 备案 (filing) is recorded without anyone deciding it.
   */
  stepApprovers(step: StepRef, transfer: TransferParties): string[] {
    const candidates =
      step.kind === 'supervisor_review' && step.approverDepartmentId
        ? this.assetManagersOf(step.approverDepartmentId)
        : step.kind === 'finance_approval'
          ? this.financeApproversCovering(transfer.fromDepartmentId)
          : [];
    return candidates.filter(
      (userId) =>
        userId !== transfer.listedBy &&
        userId !== transfer.selectedBy &&
        this.accounts.get(userId)?.departmentId !== transfer.toDepartmentId,
    );
  }
}
