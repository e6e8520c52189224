import { Decision } from '../domain-error';
import { Actor } from '../identity';
import { AccountError } from './account.errors';
import { AccountEvent, AccountRole, SignInFailure, SignInMethod } from './account.events';
import { AccountState, evolveAccount, initialAccountState } from './account.state';
import { passwordProblems } from './password-rules';

/** What the org tree says about a unit named in a command (looked up by the handler from the `org-tree` fold). */
export type UnitFacts = { readonly exists: false } | { readonly exists: true; readonly closed: boolean };

/** Lock-out policy (settings): this many consecutive failures lock the account for this long. */
export interface LockoutPolicy {
  readonly maxFailures: number;
  readonly lockMinutes: number;
}

type Base = { actor: Actor; now: string; username: string };
export type AccountCommand =
  | (Base & {
      kind: 'CreateAccount';
      displayName: string;
      roles: AccountRole[];
      departmentId: string | null;
      unit: UnitFacts | null;
      /** The initial password (checked against the rules here, hashed by the handler, never stored in an event). */
      initialPassword: string | null;
      phone: string | null;
      /** Self-registration (a resident with a verified phone) or seeding: no first-login change needed. */
      mustChangePassword: boolean;
    })
  | (Base & { kind: 'GrantRole'; role: AccountRole })
  | (Base & { kind: 'RevokeRole'; role: AccountRole })
  | (Base & { kind: 'MoveAccount'; departmentId: string; unit: UnitFacts })
  | (Base & { kind: 'DisableAccount'; reason: string })
  | (Base & {
      kind: 'ChangePassword';
      newPassword: string;
      /** The handler checked the current one (self-service only). */ currentPasswordOk: boolean;
    })
  | (Base & { kind: 'ResetPassword'; newPassword: string })
  | (Base & {
      kind: 'SignIn';
      method: SignInMethod;
      /** The handler verified the credential (password hash, OIDC id token, SMS code). */
      credentialOk: boolean;
      hasPassword: boolean;
      sessionId: string;
      /** The role asked for; the account's first role when absent. */
      role: AccountRole | null;
      policy: LockoutPolicy;
    })
  | (Base & {
      /** A sign-in refused before the account's own rules (a wrong SMS code): recorded, not counted toward the password lock-out. */
      kind: 'RecordSignInFailure';
      method: SignInMethod;
      reason: SignInFailure;
    });

const ADMIN_COMMANDS = new Set<AccountCommand['kind']>([
  'CreateAccount',
  'GrantRole',
  'RevokeRole',
  'MoveAccount',
  'DisableAccount',
  'ResetPassword',
]);

const isAdmin = (actor: Actor) => actor.role === 'system_admin' || actor.role === 'system';

function unitProblem(departmentId: string | null, unit: UnitFacts | null): AccountError | null {
  if (departmentId === null) return null;
  if (!unit || !unit.exists)
    return new AccountError('ACCOUNT_UNKNOWN_UNIT', `单位 ${departmentId} 不在组织架构中 (no unit ${departmentId})`, {
      field: 'departmentId',
      departmentId,
    });
  if (unit.closed)
    return new AccountError('ACCOUNT_UNKNOWN_UNIT', `单位 ${departmentId} 已撤销 (unit ${departmentId} is closed)`, {
      field: 'departmentId',
      departmentId,
      closed: true,
    });
  return null;
}

/** Residents belong to no unit and hold no other role; everyone else works in a unit. */
function rolesFitUnit(roles: readonly AccountRole[], departmentId: string | null): AccountError | null {
  const resident = roles.includes('resident');
  if (resident && (roles.length > 1 || departmentId !== null))
    return new AccountError('ACCOUNT_UNIT_RULE', '居民账号不属于单位，也不能兼任其他角色 (a resident has no unit and no other role)', {
      field: 'roles',
    });
  if (!resident && departmentId === null)
    return new AccountError('ACCOUNT_UNIT_RULE', '工作人员账号必须属于一个单位 (staff accounts belong to a unit)', {
      field: 'departmentId',
    });
  return null;
}

function weak(password: string, username: string): AccountError | null {
  const problems = passwordProblems(password, username);
  return problems.length === 0
    ? null
    : new AccountError('PASSWORD_TOO_WEAK', `密码不符合要求 (password rules: ${problems.join(', ')})`, { field: 'password', problems });
}

function existing(state: AccountState, username: string): AccountError | null {
  if (!state.exists) return new AccountError('ACCOUNT_NOT_FOUND', `账号 ${username} 不存在 (no account ${username})`, { username });
  if (state.disabled)
    return new AccountError('ACCOUNT_DISABLED', `账号 ${username} 已停用 (account ${username} is disabled)`, { username });
  return null;
}

function create(c: Extract<AccountCommand, { kind: 'CreateAccount' }>, state: AccountState): Decision<AccountEvent> {
  if (state.exists) return new AccountError('ACCOUNT_EXISTS', `用户名 ${c.username} 已被使用 (username taken)`, { field: 'username' });
  const problem =
    unitProblem(c.departmentId, c.unit) ??
    rolesFitUnit(c.roles, c.departmentId) ??
    (c.initialPassword === null ? null : weak(c.initialPassword, c.username));
  if (problem) return problem;
  const { username, displayName, departmentId, phone, mustChangePassword } = c;
  return [
    {
      type: 'account.created.v1',
      data: { username, displayName, roles: [...new Set(c.roles)], departmentId, mustChangePassword, phone, by: c.actor.userId, at: c.now },
    },
  ];
}

function signIn(c: Extract<AccountCommand, { kind: 'SignIn' }>, state: AccountState): Decision<AccountEvent> {
  const { username, method, now: at } = c;
  const failed = (reason: 'bad-password' | 'no-password' | 'locked' | 'disabled', failures = state.failures): AccountEvent => ({
    type: 'account.sign-in-failed.v1',
    data: { username, method, reason, failures, at },
  });
  if (state.lockedUntil !== null && state.lockedUntil > at) return [failed('locked')];
  if (method === 'password' && !c.hasPassword) return [failed('no-password')];
  if (!c.credentialOk) {
    const failures = state.failures + 1;
    if (failures < c.policy.maxFailures) return [failed('bad-password', failures)];
    const until = new Date(Date.parse(at) + c.policy.lockMinutes * 60_000).toISOString();
    return [failed('bad-password', failures), { type: 'account.locked-out.v1', data: { username, until, failures, at } }];
  }
  if (state.disabled) return [failed('disabled')];
  const role = c.role ?? state.roles[0];
  if (!role || !state.roles.includes(role))
    return new AccountError('ROLE_NOT_HELD', `账号 ${username} 没有角色 ${String(c.role)} (the account does not hold that role)`, {
      field: 'role',
    });
  return [{ type: 'account.signed-in.v1', data: { username, sessionId: c.sessionId, method, role, at } }];
}

function decideExisting(
  command: Exclude<AccountCommand, { kind: 'CreateAccount' | 'SignIn' | 'RecordSignInFailure' }>,
  state: AccountState,
): Decision<AccountEvent> {
  const missing = existing(state, command.username);
  if (missing) return missing;
  const by = command.actor.userId;
  const { username, now: at } = command;
  switch (command.kind) {
    case 'GrantRole': {
      if (state.roles.includes(command.role))
        return new AccountError('ROLE_ALREADY_HELD', `账号已有角色 ${command.role} (already held)`, { field: 'role' });
      const misfit = rolesFitUnit([...state.roles, command.role], state.departmentId);
      if (misfit) return misfit;
      return [{ type: 'account.role-granted.v1', data: { username, role: command.role, by, at } }];
    }
    case 'RevokeRole':
      if (!state.roles.includes(command.role))
        return new AccountError('ROLE_NOT_HELD', `账号没有角色 ${command.role} (not held)`, { field: 'role' });
      if (state.roles.length === 1)
        return new AccountError('LAST_ROLE', '账号至少保留一个角色；不再使用请停用 (disable the account instead)', { field: 'role' });
      return [{ type: 'account.role-revoked.v1', data: { username, role: command.role, by, at } }];
    case 'MoveAccount': {
      if (state.departmentId === command.departmentId)
        return new AccountError('ACCOUNT_ALREADY_IN_UNIT', `账号已在单位 ${command.departmentId} (already there)`, {
          field: 'departmentId',
        });
      const problem = unitProblem(command.departmentId, command.unit) ?? rolesFitUnit(state.roles, command.departmentId);
      if (problem) return problem;
      return [
        {
          type: 'account.moved.v1',
          data: { username, fromDepartmentId: state.departmentId, toDepartmentId: command.departmentId, by, at },
        },
      ];
    }
    case 'DisableAccount':
      return [{ type: 'account.disabled.v1', data: { username, reason: command.reason, by, at } }];
    case 'ChangePassword': {
      if (command.actor.userId !== username) return new AccountError('ACCOUNT_ADMIN_ONLY', '只能修改自己的密码 (only your own password)');
      if (!command.currentPasswordOk)
        return new AccountError('WRONG_CURRENT_PASSWORD', '当前密码不正确 (wrong current password)', { field: 'currentPassword' });
      const problem = weak(command.newPassword, username);
      if (problem) return problem;
      return [{ type: 'account.password-changed.v1', data: { username, by, at, mustChangePassword: false } }];
    }
    case 'ResetPassword': {
      const problem = weak(command.newPassword, username);
      if (problem) return problem;
      return [{ type: 'account.password-changed.v1', data: { username, by, at, mustChangePassword: true } }];
    }
  }
}

export function decideAccount(command: AccountCommand, state: AccountState): Decision<AccountEvent> {
  if (ADMIN_COMMANDS.has(command.kind) && !isAdmin(command.actor))
    return new AccountError('ACCOUNT_ADMIN_ONLY', '只有系统管理员可以管理账号 (only a system administrator manages accounts)');
  if (command.kind === 'CreateAccount') return create(command, state);
  if (command.kind === 'SignIn') {
    if (!state.exists) return new AccountError('ACCOUNT_NOT_FOUND', `账号 ${command.username} 不存在`, { username: command.username });
    return signIn(command, state);
  }
  if (command.kind === 'RecordSignInFailure') {
    if (!state.exists) return new AccountError('ACCOUNT_NOT_FOUND', `账号 ${command.username} 不存在`, { username: command.username });
    const { username, method, reason, now: at } = command;
    return [{ type: 'account.sign-in-failed.v1', data: { username, method, reason, failures: state.failures, at } }];
  }
  return decideExisting(command, state);
}

export const accountDecider = { decide: decideAccount, evolve: evolveAccount, initialState: initialAccountState };

/** What a sign-in decision means for the person at the door. */
export function signInOutcome(
  events: readonly AccountEvent[],
): { ok: true; role: AccountRole } | { ok: false; reason: SignInFailure; lockedUntil: string | null } {
  const success = events.find((e) => e.type === 'account.signed-in.v1');
  if (success) return { ok: true, role: success.data.role };
  const failure = events.find((e) => e.type === 'account.sign-in-failed.v1');
  const locked = events.find((e) => e.type === 'account.locked-out.v1');
  return {
    ok: false,
    reason: failure?.type === 'account.sign-in-failed.v1' ? failure.data.reason : 'bad-password',
    lockedUntil: locked?.type === 'account.locked-out.v1' ? locked.data.until : null,
  };
}
