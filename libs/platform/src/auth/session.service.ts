import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import {
  Actor,
  AccountRole,
  AccountState,
  Clock,
  CommandContext,
  evolveSession,
  initialSessionState,
  SessionCommand,
  sessionDecider,
  SessionError,
  SessionEvent,
  sessionProblem,
  SessionState,
  sessionStreamId,
  SignInFailure,
  SignInMethod,
  signInOutcome,
  UNKNOWN_SIGN_IN_STREAM_ID,
} from '@app/shared';
import { EVENT_STORE, EventStore, eventIdFor, readStreamTails } from '@app/event-store';
import { executeOnStream, metadataFor } from '../cqrs/execute-on-stream';
import { ModuleConfig } from '../config/module-config';
import { AccountService } from './account.service';
import { StreamFoldCache } from './stream-fold-cache';
import { authConfig, authSettings } from './auth.config';
import { CredentialStore } from './credential-store';
import { verifyPassword } from './password-hash';

export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  /** Seconds the access token lives. */
  expiresIn: number;
  actor: Actor;
  mustChangePassword: boolean;
}

interface AccessClaims {
  sub: string;
  sid: string;
}

const digest = (secret: string) => createHash('sha256').update(secret).digest('base64url');
const unauthorized = (code: string, message: string) => new UnauthorizedException({ code, message });

/**
 * Sign-in, refresh, sign-out, and who a bearer token speaks for. Access tokens are short-lived JWTs
 * naming only the account and the session; role and unit are read from the session and the account
 * on every request. Token lifetimes run on wall time (they are about real exposure), decisions on the clock.
 */
@Injectable()
export class SessionService {
  private readonly settings: ReturnType<typeof authSettings>;
  // An ended session is folded but not kept: it can never be used again.
  private readonly sessions = new StreamFoldCache<SessionState>(
    sessionStreamId,
    initialSessionState,
    (s, e) => evolveSession(s, { type: e.type, data: e.data } as SessionEvent),
    (state) => !state.ended,
  );

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly accounts: AccountService,
    private readonly credentials: CredentialStore,
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    @Inject(authConfig.KEY) config: ModuleConfig<typeof authConfig>,
  ) {
    this.settings = authSettings(config);
  }

  private context(actor: Actor): CommandContext {
    const commandId = randomUUID();
    return { actor, commandId, correlationId: commandId, causationId: commandId, now: this.clock.now() };
  }

  /** Password sign-in (or a credential the caller already checked: demo, single sign-on, SMS code). Every outcome is an event. */
  async signIn(
    username: string,
    credential: { password: string } | { verified: SignInMethod },
    role: AccountRole | null = null,
  ): Promise<SignedIn> {
    const method: SignInMethod = 'password' in credential ? 'password' : credential.verified;
    const account = await this.accounts.state(username);
    const hash = method === 'password' ? await this.credentials.hashOf(username) : null;
    const credentialOk = 'password' in credential ? await verifyPassword(credential.password, account.exists ? hash : null) : true;
    if (!account.exists) {
      await this.recordUnknown(username, method);
      throw unauthorized('INVALID_CREDENTIALS', 'wrong username or password');
    }
    const sessionId = randomUUID();
    const actor: Actor = {
      userId: username,
      role: account.roles[0] ?? 'resident',
      departmentId: account.departmentId,
      displayName: account.displayName,
    };
    const context = this.context(actor);
    const { events } = await this.accounts.execute(
      {
        kind: 'SignIn',
        actor,
        now: context.now.toISOString(),
        username,
        method,
        credentialOk,
        hasPassword: hash !== null,
        sessionId,
        role,
        policy: this.settings.lockout,
      },
      context,
    );
    const outcome = signInOutcome(events);
    if (!outcome.ok) {
      const lockedUntil = outcome.lockedUntil ?? (await this.accounts.state(username)).lockedUntil;
      if (outcome.reason === 'locked' || outcome.lockedUntil)
        throw new HttpException(
          { code: 'ACCOUNT_LOCKED', message: `the account is locked until ${lockedUntil}`, details: { lockedUntil } },
          HttpStatus.LOCKED,
        );
      if (outcome.reason === 'disabled') throw unauthorized('ACCOUNT_DISABLED', 'the account is disabled');
      throw unauthorized('INVALID_CREDENTIALS', 'wrong username or password');
    }
    return this.startSession(username, sessionId, outcome.role, method, await this.accounts.state(username));
  }

  private async startSession(
    username: string,
    sessionId: string,
    role: AccountRole,
    method: SignInMethod,
    account: AccountState,
  ): Promise<SignedIn> {
    const secret = randomBytes(32).toString('base64url');
    const wallNow = Date.now();
    const actor: Actor = { userId: username, role, departmentId: account.departmentId, displayName: account.displayName };
    const expiresAt = new Date(wallNow + this.settings.sessionSeconds * 1000).toISOString();
    await this.runSession(
      {
        kind: 'StartSession',
        now: new Date(wallNow).toISOString(),
        sessionId,
        username,
        role,
        method,
        refreshDigest: digest(secret),
        expiresAt,
      },
      actor,
    );
    return {
      accessToken: await this.accessToken(username, sessionId),
      refreshToken: `${sessionId}.${secret}`,
      expiresIn: this.settings.accessTokenSeconds,
      actor,
      mustChangePassword: account.mustChangePassword,
    };
  }

  private accessToken(username: string, sessionId: string): Promise<string> {
    return this.jwt.signAsync({ sub: username, sid: sessionId } satisfies AccessClaims, { expiresIn: this.settings.accessTokenSeconds });
  }

  private async runSession(command: SessionCommand, actor: Actor): Promise<readonly SessionEvent[]> {
    const result = await executeOnStream(this.store, sessionStreamId(command.sessionId), sessionDecider, command, this.context(actor));
    return result.events;
  }

  /**
   * A new access token and the next refresh token for the current one. The next refresh token is
   * derived from the presented one (HMAC), so a retry of the same refresh within 30 s gets the same
   * answer; any older token ends the session.
   */
  async refresh(refreshToken: string): Promise<SignedIn> {
    const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(refreshToken);
    if (!match) throw unauthorized('REFRESH_TOKEN_INVALID', 'the refresh token is not valid');
    const [, sessionId, secret] = match;
    const session = await this.session(sessionId);
    const next = createHmac('sha256', secret).update(`next:${sessionId}`).digest('base64url');
    const presentedDigest = digest(secret);
    const account = await this.accounts.state(session.username);
    const actor: Actor = {
      userId: session.username,
      role: session.role ?? 'resident',
      departmentId: account.departmentId,
      displayName: account.displayName,
    };
    const now = new Date().toISOString();
    const retried = session.refreshDigest === digest(next) && session.usedDigests[session.usedDigests.length - 1] === presentedDigest;
    if (!retried) {
      let events: readonly SessionEvent[];
      try {
        events = await this.runSession({ kind: 'RefreshSession', now, sessionId, presentedDigest, nextDigest: digest(next) }, actor);
      } catch (error) {
        if (error instanceof SessionError) throw unauthorized(error.code, error.message);
        throw error;
      }
      if (events.some((e) => e.type === 'session.ended.v1'))
        throw unauthorized('REFRESH_TOKEN_REUSED', 'this refresh token was already used; sign in again');
    }
    await this.assertAccountCarries(account, session.role);
    return {
      accessToken: await this.accessToken(session.username, sessionId),
      refreshToken: `${sessionId}.${next}`,
      expiresIn: this.settings.accessTokenSeconds,
      actor,
      mustChangePassword: account.mustChangePassword,
    };
  }

  async signOut(actor: Actor, sessionId: string): Promise<void> {
    await this.runSession({ kind: 'EndSession', now: new Date().toISOString(), sessionId, by: actor.userId, reason: 'sign-out' }, actor);
  }

  private session(sessionId: string): Promise<SessionState> {
    return this.sessions.current(this.store, sessionId);
  }

  private assertAccountCarries(account: AccountState, role: AccountRole | null): Promise<void> {
    if (!account.exists || account.disabled) throw unauthorized('ACCOUNT_DISABLED', 'the account is disabled');
    if (!role || !account.roles.includes(role)) throw unauthorized('ROLE_REVOKED', 'the role of this session was revoked; sign in again');
    return Promise.resolve();
  }

  /** Who a bearer token speaks for, from the session and the account as they are now; 401 with a code otherwise. */
  async authenticate(token: string): Promise<{ actor: Actor; sessionId: string; mustChangePassword: boolean }> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token);
    } catch (error) {
      const expired = error instanceof Error && error.name === 'TokenExpiredError';
      throw unauthorized(
        expired ? 'TOKEN_EXPIRED' : 'INVALID_TOKEN',
        expired ? 'the access token expired; refresh it' : 'the bearer token is invalid',
      );
    }
    if (typeof claims.sid !== 'string' || typeof claims.sub !== 'string')
      throw unauthorized('INVALID_TOKEN', 'the bearer token is invalid');
    // Every request checks the session and the account as they are now: both tails in one round trip.
    // The account is the token's subject; a session of anyone else is refused before it is looked at.
    const sessionTail = this.sessions.tail(claims.sid);
    const accountTail = this.accounts.tail(claims.sub);
    const [sessionEvents, accountEvents] = await readStreamTails(this.store, [sessionTail.read, accountTail.read]);
    const session = sessionTail.fold(sessionEvents);
    const problem = sessionProblem(session, new Date().toISOString());
    if (problem) throw unauthorized(problem.code, problem.message);
    if (session.username !== claims.sub) throw unauthorized('INVALID_TOKEN', 'the bearer token is invalid');
    const account = accountTail.fold(accountEvents);
    await this.assertAccountCarries(account, session.role);
    const actor: Actor = {
      userId: session.username,
      role: session.role!,
      departmentId: account.departmentId,
      displayName: account.displayName,
    };
    return { actor, sessionId: claims.sid, mustChangePassword: account.mustChangePassword };
  }

  /** A sign-in refused before the account's own rules (a wrong SMS code): in the account's history, or with the unknown ones. */
  async recordFailure(username: string, method: SignInMethod, reason: SignInFailure): Promise<void> {
    if (!(await this.accounts.state(username)).exists) return this.recordUnknown(username, method, reason);
    const context = this.context({ userId: username, role: 'system', departmentId: null, displayName: '' });
    await this.accounts.execute(
      { kind: 'RecordSignInFailure', actor: context.actor, now: context.now.toISOString(), username, method, reason },
      context,
    );
  }

  /** A sign-in with a username that has no account: recorded for the auditor in one stream, no account is created. */
  private async recordUnknown(username: string, method: SignInMethod, reason: SignInFailure = 'unknown-user'): Promise<void> {
    const context = this.context({ userId: username.slice(0, 64), role: 'system', departmentId: null, displayName: '' });
    await this.store.append(
      UNKNOWN_SIGN_IN_STREAM_ID,
      [
        {
          id: eventIdFor(context.commandId, 0),
          type: 'account.sign-in-failed.v1',
          data: { username: username.slice(0, 64), method, reason, failures: 0, at: context.now.toISOString() },
          metadata: metadataFor(context),
        },
      ],
      'any',
    );
  }
}
