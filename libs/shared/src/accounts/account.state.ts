import { AccountEvent, AccountRole } from './account.events';

export interface AccountState {
  readonly exists: boolean;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly AccountRole[];
  readonly departmentId: string | null;
  readonly disabled: boolean;
  readonly mustChangePassword: boolean;
  readonly phone: string | null;
  /** Failed sign-ins since the last success (or since the last lock-out ended). */
  readonly failures: number;
  readonly lockedUntil: string | null;
}

export const initialAccountState = (): AccountState => ({
  exists: false,
  username: '',
  displayName: '',
  roles: [],
  departmentId: null,
  disabled: false,
  mustChangePassword: false,
  phone: null,
  failures: 0,
  lockedUntil: null,
});

export function evolveAccount(state: AccountState, event: AccountEvent): AccountState {
  switch (event.type) {
    case 'account.created.v1': {
      const { username, displayName, roles, departmentId, mustChangePassword, phone } = event.data;
      return { ...state, exists: true, username, displayName, roles, departmentId, mustChangePassword, phone };
    }
    case 'account.role-granted.v1':
      return { ...state, roles: [...state.roles, event.data.role] };
    case 'account.role-revoked.v1':
      return { ...state, roles: state.roles.filter((r) => r !== event.data.role) };
    case 'account.moved.v1':
      return { ...state, departmentId: event.data.toDepartmentId };
    case 'account.disabled.v1':
      return { ...state, disabled: true };
    case 'account.password-changed.v1':
      return { ...state, mustChangePassword: event.data.mustChangePassword, failures: 0, lockedUntil: null };
    case 'account.signed-in.v1':
      return { ...state, failures: 0, lockedUntil: null };
    case 'account.sign-in-failed.v1':
      return event.data.reason === 'bad-password' ? { ...state, failures: event.data.failures } : state;
    case 'account.locked-out.v1':
      return { ...state, lockedUntil: event.data.until, failures: 0 };
  }
}
