/** Roles a person can hold (and a token can carry). */
export const ROLES = ['asset_manager', 'department_staff', 'finance_approver', 'auditor', 'resident', 'system_admin'] as const;
/** 'system' acts for scheduled work (listing expiry); no token can carry it. */
export type Role = (typeof ROLES)[number] | 'system';

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
  /** Hash of the request that carried the command (method, URL, body): a key reused for another request is refused. */
  readonly requestFingerprint?: string;
  /** True when the command id was drawn at random for this command (no Idempotency-Key): no event of it can exist yet. */
  readonly freshCommandId?: boolean;
  /**
   * Told where each append made for this command landed ({commit, prepare}), so the HTTP answer can name
   * the position a later read must wait for without asking the store again. Absent outside a request.
   */
  readonly wrote?: (position: { readonly commit: bigint; readonly prepare: bigint }) => void;
}

export const SYSTEM_ACTOR: Actor = { userId: 'system', role: 'system', departmentId: null, displayName: '系统' };
