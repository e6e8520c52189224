import { deciderSpec } from '../testing/decider-spec';
import { Actor } from '../identity';
import { AccountCommand, accountDecider, signInOutcome } from './account.decider';
import { AccountEvent } from './account.events';
import { passwordProblems } from './password-rules';

const admin: Actor = { userId: 'admin', role: 'system_admin', departmentId: 'C-1', displayName: '管理员' };
const manager: Actor = { userId: 'mgr', role: 'asset_manager', departmentId: 'D-A', displayName: '管理员甲' };
const T0 = '2026-03-01T08:00:00.000Z';
const T1 = '2026-03-01T09:00:00.000Z';
const spec = deciderSpec(accountDecider);
const open = { exists: true, closed: false } as const;
const policy = { maxFailures: 3, lockMinutes: 15 };

const created = (o: Partial<Extract<AccountEvent, { type: 'account.created.v1' }>['data']> = {}): AccountEvent => ({
  type: 'account.created.v1',
  data: {
    username: 'zhang',
    displayName: '张三',
    roles: ['asset_manager'],
    departmentId: 'D-A',
    mustChangePassword: true,
    phone: null,
    by: 'admin',
    at: T0,
    ...o,
  },
});
const create = (o: Partial<Extract<AccountCommand, { kind: 'CreateAccount' }>> = {}): AccountCommand => ({
  kind: 'CreateAccount',
  actor: admin,
  now: T0,
  username: 'zhang',
  displayName: '张三',
  roles: ['asset_manager'],
  departmentId: 'D-A',
  unit: open,
  initialPassword: 'Chushi-Mima-2026',
  phone: null,
  mustChangePassword: true,
  ...o,
});
const signIn = (o: Partial<Extract<AccountCommand, { kind: 'SignIn' }>> = {}): AccountCommand => ({
  kind: 'SignIn',
  actor: { userId: 'zhang', role: 'system', departmentId: null, displayName: '' },
  now: T1,
  username: 'zhang',
  method: 'password',
  credentialOk: true,
  hasPassword: true,
  sessionId: 's-1',
  role: null,
  policy,
  ...o,
});
const failed = (failures: number, at = T1): AccountEvent => ({
  type: 'account.sign-in-failed.v1',
  data: { username: 'zhang', method: 'password', reason: 'bad-password', failures, at },
});

describe('accounts decider', () => {
  describe('create', () => {
    it('given nothing, when the administrator creates an account in an open unit, then it is created naming who did it', () =>
      spec.given([]).when(create()).then([created()]));
    it('given the username is taken, then ACCOUNT_EXISTS', () => spec.given([created()]).when(create()).thenError('ACCOUNT_EXISTS'));
    it('given an unknown unit, then ACCOUNT_UNKNOWN_UNIT', () =>
      spec
        .given([])
        .when(create({ departmentId: 'D-X', unit: { exists: false } }))
        .thenError('ACCOUNT_UNKNOWN_UNIT', { departmentId: 'D-X' }));
    it('given a closed unit, then ACCOUNT_UNKNOWN_UNIT', () =>
      spec
        .given([])
        .when(create({ unit: { exists: true, closed: true } }))
        .thenError('ACCOUNT_UNKNOWN_UNIT', { closed: true }));
    it('a staff account needs a unit; a resident has none and no other role', () => {
      spec
        .given([])
        .when(create({ departmentId: null, unit: null }))
        .thenError('ACCOUNT_UNIT_RULE');
      spec
        .given([])
        .when(create({ roles: ['resident'] }))
        .thenError('ACCOUNT_UNIT_RULE');
      spec
        .given([])
        .when(create({ roles: ['resident', 'auditor'], departmentId: null, unit: null }))
        .thenError('ACCOUNT_UNIT_RULE');
    });
    it('a weak initial password is refused naming the rules it breaks', () =>
      spec
        .given([])
        .when(create({ initialPassword: 'zhang12345' }))
        .thenError('PASSWORD_TOO_WEAK', { problems: ['too-few-kinds', 'contains-username'] }));
    it('only a system administrator creates accounts', () =>
      spec
        .given([])
        .when(create({ actor: manager }))
        .thenError('ACCOUNT_ADMIN_ONLY'));
  });

  describe('roles, unit, disable', () => {
    const base = { actor: admin, now: T1, username: 'zhang' };
    it('grants and revokes roles; the last role cannot be revoked', () => {
      spec
        .given([created()])
        .when({ ...base, kind: 'GrantRole', role: 'department_staff' })
        .then([{ type: 'account.role-granted.v1', data: { username: 'zhang', role: 'department_staff', by: 'admin', at: T1 } }]);
      spec
        .given([created()])
        .when({ ...base, kind: 'GrantRole', role: 'asset_manager' })
        .thenError('ROLE_ALREADY_HELD');
      spec
        .given([created()])
        .when({ ...base, kind: 'GrantRole', role: 'resident' })
        .thenError('ACCOUNT_UNIT_RULE');
      spec
        .given([created()])
        .when({ ...base, kind: 'RevokeRole', role: 'asset_manager' })
        .thenError('LAST_ROLE');
      spec
        .given([created()])
        .when({ ...base, kind: 'RevokeRole', role: 'auditor' })
        .thenError('ROLE_NOT_HELD');
      spec
        .given([created({ roles: ['asset_manager', 'auditor'] })])
        .when({ ...base, kind: 'RevokeRole', role: 'asset_manager' })
        .then([{ type: 'account.role-revoked.v1', data: { username: 'zhang', role: 'asset_manager', by: 'admin', at: T1 } }]);
    });
    it('moves to another unit of the tree; an unknown unit or the same unit is refused', () => {
      spec
        .given([created()])
        .when({ ...base, kind: 'MoveAccount', departmentId: 'D-B', unit: open })
        .then([
          { type: 'account.moved.v1', data: { username: 'zhang', fromDepartmentId: 'D-A', toDepartmentId: 'D-B', by: 'admin', at: T1 } },
        ]);
      spec
        .given([created()])
        .when({ ...base, kind: 'MoveAccount', departmentId: 'D-X', unit: { exists: false } })
        .thenError('ACCOUNT_UNKNOWN_UNIT');
      spec
        .given([created()])
        .when({ ...base, kind: 'MoveAccount', departmentId: 'D-A', unit: open })
        .thenError('ACCOUNT_ALREADY_IN_UNIT');
    });
    it('a disabled account takes no further change; an unknown one is not found', () => {
      const disabled: AccountEvent = { type: 'account.disabled.v1', data: { username: 'zhang', reason: '调离', by: 'admin', at: T1 } };
      spec
        .given([created()])
        .when({ ...base, kind: 'DisableAccount', reason: '调离' })
        .then([disabled]);
      spec
        .given([created(), disabled])
        .when({ ...base, kind: 'GrantRole', role: 'auditor' })
        .thenError('ACCOUNT_DISABLED');
      spec
        .given([created(), disabled])
        .when({ ...base, kind: 'DisableAccount', reason: '再次' })
        .thenError('ACCOUNT_DISABLED');
      spec
        .given([])
        .when({ ...base, kind: 'MoveAccount', departmentId: 'D-B', unit: open })
        .thenError('ACCOUNT_NOT_FOUND');
    });
    it('only the administrator changes roles, units and resets passwords', () => {
      spec
        .given([created()])
        .when({ ...base, actor: manager, kind: 'GrantRole', role: 'auditor' })
        .thenError('ACCOUNT_ADMIN_ONLY');
      spec
        .given([created()])
        .when({ ...base, actor: manager, kind: 'ResetPassword', newPassword: 'Xin-Mima-2026!' })
        .thenError('ACCOUNT_ADMIN_ONLY');
    });
  });

  describe('passwords', () => {
    const self: Actor = { userId: 'zhang', role: 'asset_manager', departmentId: 'D-A', displayName: '张三' };
    const change = {
      kind: 'ChangePassword' as const,
      actor: self,
      now: T1,
      username: 'zhang',
      currentPasswordOk: true,
      newPassword: 'Xin-Mima-2026!',
    };
    it('the person changes their own password; the first-login flag clears', () =>
      spec
        .given([created()])
        .when(change)
        .then([{ type: 'account.password-changed.v1', data: { username: 'zhang', by: 'zhang', at: T1, mustChangePassword: false } }]));
    it('a wrong current password or a weak new one is refused', () => {
      spec
        .given([created()])
        .when({ ...change, currentPasswordOk: false })
        .thenError('WRONG_CURRENT_PASSWORD');
      spec
        .given([created()])
        .when({ ...change, newPassword: 'short1A' })
        .thenError('PASSWORD_TOO_WEAK', { problems: ['too-short'] });
    });
    it('an administrator reset must be changed at the next sign-in', () =>
      spec
        .given([created({ mustChangePassword: false })])
        .when({ kind: 'ResetPassword', actor: admin, now: T1, username: 'zhang', newPassword: 'Xin-Mima-2026!' })
        .then([{ type: 'account.password-changed.v1', data: { username: 'zhang', by: 'admin', at: T1, mustChangePassword: true } }]));
    it('rules: length, three kinds of characters, not the username', () => {
      expect(passwordProblems('Abcdefgh1!', 'li')).toEqual([]);
      expect(passwordProblems('abcdefghij', 'li')).toEqual(['too-few-kinds']);
      expect(passwordProblems('A1!'.repeat(50), 'li')).toEqual(['too-long']);
    });
  });

  describe('sign-in and lock-out', () => {
    it('a right password signs in with the first role', () =>
      spec
        .given([created()])
        .when(signIn())
        .then([
          {
            type: 'account.signed-in.v1',
            data: { username: 'zhang', sessionId: 's-1', method: 'password', role: 'asset_manager', at: T1 },
          },
        ]));
    it('a role the account does not hold is refused', () =>
      spec
        .given([created()])
        .when(signIn({ role: 'auditor' }))
        .thenError('ROLE_NOT_HELD'));
    it('each wrong password counts; the limit locks the account for the set period', () => {
      spec
        .given([created()])
        .when(signIn({ credentialOk: false }))
        .then([failed(1)]);
      spec
        .given([created(), failed(1), failed(2)])
        .when(signIn({ credentialOk: false }))
        .then([
          failed(3),
          { type: 'account.locked-out.v1', data: { username: 'zhang', until: '2026-03-01T09:15:00.000Z', failures: 3, at: T1 } },
        ]);
    });
    it('while locked even the right password is refused (and recorded); after the period it works again', () => {
      const locked: AccountEvent = {
        type: 'account.locked-out.v1',
        data: { username: 'zhang', until: '2026-03-01T09:15:00.000Z', failures: 3, at: T1 },
      };
      const attempt = spec.given([created(), failed(3), locked]);
      attempt.when(signIn({ now: '2026-03-01T09:10:00.000Z' })).then([
        {
          type: 'account.sign-in-failed.v1',
          data: { username: 'zhang', method: 'password', reason: 'locked', failures: 0, at: '2026-03-01T09:10:00.000Z' },
        },
      ]);
      attempt.when(signIn({ now: '2026-03-01T09:16:00.000Z', sessionId: 's-2' })).then([
        {
          type: 'account.signed-in.v1',
          data: { username: 'zhang', sessionId: 's-2', method: 'password', role: 'asset_manager', at: '2026-03-01T09:16:00.000Z' },
        },
      ]);
    });
    it('a success resets the count; a disabled account cannot sign in', () => {
      const ok: AccountEvent = {
        type: 'account.signed-in.v1',
        data: { username: 'zhang', sessionId: 's-0', method: 'password', role: 'asset_manager', at: T0 },
      };
      spec
        .given([created(), failed(1), failed(2), ok])
        .when(signIn({ credentialOk: false }))
        .then([failed(1)]);
      const disabled: AccountEvent = { type: 'account.disabled.v1', data: { username: 'zhang', reason: '离职', by: 'admin', at: T0 } };
      spec
        .given([created(), disabled])
        .when(signIn())
        .then([
          { type: 'account.sign-in-failed.v1', data: { username: 'zhang', method: 'password', reason: 'disabled', failures: 0, at: T1 } },
        ]);
    });
    it('an account without a password (demo, single sign-on) cannot sign in with one', () =>
      spec
        .given([created()])
        .when(signIn({ hasPassword: false }))
        .then([
          {
            type: 'account.sign-in-failed.v1',
            data: { username: 'zhang', method: 'password', reason: 'no-password', failures: 0, at: T1 },
          },
        ]));
    it('the outcome reads the decision', () => {
      expect(
        signInOutcome([failed(3), { type: 'account.locked-out.v1', data: { username: 'zhang', until: 'X', failures: 3, at: T1 } }]),
      ).toEqual({
        ok: false,
        reason: 'bad-password',
        lockedUntil: 'X',
      });
    });
  });
});

describe('accounts decider: sign-in failures decided elsewhere (a wrong SMS code)', () => {
  const record = (o: Partial<Extract<AccountCommand, { kind: 'RecordSignInFailure' }>> = {}): AccountCommand => ({
    kind: 'RecordSignInFailure',
    actor: { userId: 'zhang', role: 'system', departmentId: null, displayName: '' },
    now: T1,
    username: 'zhang',
    method: 'sms',
    reason: 'bad-code',
    ...o,
  });
  it('given an account with two wrong passwords, when a wrong code is recorded, then it is recorded without counting toward the lock-out', () =>
    spec
      .given([created(), failed(1), failed(2)])
      .when(record())
      .then([{ type: 'account.sign-in-failed.v1', data: { username: 'zhang', method: 'sms', reason: 'bad-code', failures: 2, at: T1 } }]));
  it('given no account, then ACCOUNT_NOT_FOUND (the caller records it with the unknown sign-ins)', () =>
    spec.given([]).when(record()).thenError('ACCOUNT_NOT_FOUND'));
});
