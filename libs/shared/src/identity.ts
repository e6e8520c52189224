export const ROLES = ['asset_manager', 'department_staff', 'finance_approver', 'auditor', 'resident'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting. Every event records it in its metadata. */
export interface Actor {
  readonly userId: string;
  readonly role: Role;
  /** Null for people outside the departments (residents). */
  readonly departmentId: string | null;
  readonly displayName: string;
}

export interface CommandContext {
  readonly actor: Actor;
  /** Idempotency key: event ids derive from it, so a retried command writes nothing twice. */
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly now: Date;
}
