import { DomainError, Decision, ErrorKind } from '../domain-error';
import { AccountRole, SignInMethod } from './account.events';

/**
 * A signed-in session: one stream per session (`session-<id>`), so refreshing never grows the
 * account's stream. The refresh token rotates: only the latest one works; presenting an older one
 * means it was copied, and the whole session ends (RFC 6819 §5.2.2.3, refresh token rotation).
 * Only SHA-256 digests of refresh tokens are stored (they are 256-bit random, so a digest suffices).
 */
export const sessionStreamId = (sessionId: string) => `session-${sessionId}`;

export type SessionEndReason = 'sign-out' | 'refresh-reuse';

export type SessionEvent =
  | {
      type: 'session.started.v1';
      data: {
        sessionId: string;
        username: string;
        role: AccountRole;
        method: SignInMethod;
        refreshDigest: string;
        expiresAt: string;
        at: string;
      };
    }
  | { type: 'session.refreshed.v1'; data: { sessionId: string; refreshDigest: string; at: string } }
  | { type: 'session.ended.v1'; data: { sessionId: string; reason: SessionEndReason; by: string; at: string } };

export interface SessionState {
  readonly started: boolean;
  readonly username: string;
  readonly role: AccountRole | null;
  readonly refreshDigest: string | null;
  readonly usedDigests: readonly string[];
  readonly expiresAt: string | null;
  readonly ended: SessionEndReason | null;
}

export const initialSessionState = (): SessionState => ({
  started: false,
  username: '',
  role: null,
  refreshDigest: null,
  usedDigests: [],
  expiresAt: null,
  ended: null,
});

export function evolveSession(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'session.started.v1':
      return {
        ...state,
        started: true,
        username: event.data.username,
        role: event.data.role,
        refreshDigest: event.data.refreshDigest,
        expiresAt: event.data.expiresAt,
      };
    case 'session.refreshed.v1':
      return { ...state, usedDigests: [...state.usedDigests, state.refreshDigest ?? ''], refreshDigest: event.data.refreshDigest };
    case 'session.ended.v1':
      return { ...state, ended: event.data.reason };
  }
}

export type SessionErrorCode = 'SESSION_NOT_FOUND' | 'SESSION_ENDED' | 'SESSION_EXPIRED' | 'REFRESH_TOKEN_INVALID';

/** Session refusals are all "sign in again" (401 at the HTTP edge, mapped by the auth service). */
export class SessionError extends DomainError {
  readonly kind: ErrorKind = 'forbidden';
  constructor(
    readonly code: SessionErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type SessionCommand =
  | {
      kind: 'StartSession';
      now: string;
      sessionId: string;
      username: string;
      role: AccountRole;
      method: SignInMethod;
      refreshDigest: string;
      expiresAt: string;
    }
  | { kind: 'RefreshSession'; now: string; sessionId: string; presentedDigest: string; nextDigest: string }
  | { kind: 'EndSession'; now: string; sessionId: string; by: string; reason: SessionEndReason };

/** Whether a session can carry requests at `now`: started, not ended, not past its absolute expiry. */
export function sessionProblem(state: SessionState, now: string): SessionError | null {
  if (!state.started) return new SessionError('SESSION_NOT_FOUND', '登录会话不存在 (no such session)');
  if (state.ended) return new SessionError('SESSION_ENDED', '已退出登录，请重新登录 (the session has ended)');
  if (state.expiresAt !== null && state.expiresAt <= now)
    return new SessionError('SESSION_EXPIRED', '登录已过期，请重新登录 (the session expired)');
  return null;
}

export function decideSession(command: SessionCommand, state: SessionState): Decision<SessionEvent> {
  const { sessionId, now: at } = command;
  switch (command.kind) {
    case 'StartSession': {
      if (state.started) return [];
      const { username, role, method, refreshDigest, expiresAt } = command;
      return [{ type: 'session.started.v1', data: { sessionId, username, role, method, refreshDigest, expiresAt, at } }];
    }
    case 'RefreshSession': {
      const problem = sessionProblem(state, at);
      if (problem) return problem;
      if (state.usedDigests.includes(command.presentedDigest))
        // A rotated-out token came back: someone holds a copy. End the session for both holders.
        return [{ type: 'session.ended.v1', data: { sessionId, reason: 'refresh-reuse', by: state.username, at } }];
      if (state.refreshDigest !== command.presentedDigest)
        return new SessionError('REFRESH_TOKEN_INVALID', '刷新凭证无效 (invalid refresh token)');
      return [{ type: 'session.refreshed.v1', data: { sessionId, refreshDigest: command.nextDigest, at } }];
    }
    case 'EndSession':
      if (!state.started || state.ended) return [];
      return [{ type: 'session.ended.v1', data: { sessionId, reason: command.reason, by: command.by, at } }];
  }
}

export const sessionDecider = { decide: decideSession, evolve: evolveSession, initialState: initialSessionState };
