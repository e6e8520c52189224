import { Role } from '../identity';

/** One stream per account, named by its (unique, lower-case) username: creating it twice fails on the stream itself. */
export const accountStreamId = (username: string) => `account-${username}`;
/** Sign-in attempts for usernames that have no account: recorded for the auditor without creating an account stream. */
export const UNKNOWN_SIGN_IN_STREAM_ID = 'sign-in-unknown';

/** Roles an account can hold (the scheduler's 'system' is nobody's). */
export type AccountRole = Exclude<Role, 'system'>;

/** How someone proved who they are. */
export type SignInMethod = 'password' | 'demo' | 'oidc' | 'sms';

/** Why a sign-in was refused (recorded; the person is told only what they may know). */
export type SignInFailure =
  | 'bad-password'
  | 'no-password'
  | 'locked'
  | 'disabled'
  | 'unknown-user'
  /** One-time code by SMS: none waiting, expired, void after too many wrong tries, wrong. */
  | 'no-code'
  | 'code-expired'
  | 'code-exhausted'
  | 'bad-code';

/**
 * Account events. `by` names the person who made the change (also in the metadata), so the account's
 * history reads who did what without the metadata. Password hashes are never in events (they would
 * reach every audit export): the credential store keeps them; the events say that and when they changed.
 */
export type AccountEvent =
  | {
      type: 'account.created.v1';
      data: {
        username: string;
        displayName: string;
        roles: AccountRole[];
        /** The unit (org tree) the account belongs to; null for residents. */
        departmentId: string | null;
        /** An initial password was set; the person must change it at first sign-in. */
        mustChangePassword: boolean;
        phone: string | null;
        by: string;
        at: string;
      };
    }
  | { type: 'account.role-granted.v1'; data: { username: string; role: AccountRole; by: string; at: string } }
  | { type: 'account.role-revoked.v1'; data: { username: string; role: AccountRole; by: string; at: string } }
  | {
      type: 'account.moved.v1';
      data: { username: string; fromDepartmentId: string | null; toDepartmentId: string; by: string; at: string };
    }
  | { type: 'account.disabled.v1'; data: { username: string; reason: string; by: string; at: string } }
  | {
      type: 'account.password-changed.v1';
      data: {
        username: string;
        by: string;
        at: string;
        /** Set by an administrator: to be changed at next sign-in. */ mustChangePassword: boolean;
      };
    }
  | { type: 'account.signed-in.v1'; data: { username: string; sessionId: string; method: SignInMethod; role: AccountRole; at: string } }
  | {
      type: 'account.sign-in-failed.v1';
      data: {
        username: string;
        method: SignInMethod;
        reason: SignInFailure;
        /** Consecutive failures so far. */ failures: number;
        at: string;
      };
    }
  | { type: 'account.locked-out.v1'; data: { username: string; until: string; failures: number; at: string } };
