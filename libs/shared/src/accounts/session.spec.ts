import { deciderSpec } from '../testing/decider-spec';
import { SessionEvent, sessionDecider } from './session';

const spec = deciderSpec(sessionDecider);
const T0 = '2026-03-01T08:00:00.000Z';
const T1 = '2026-03-01T09:00:00.000Z';
const started: SessionEvent = {
  type: 'session.started.v1',
  data: {
    sessionId: 's',
    username: 'zhang',
    role: 'auditor',
    method: 'password',
    refreshDigest: 'd0',
    expiresAt: '2026-03-01T20:00:00.000Z',
    at: T0,
  },
};
const refreshed: SessionEvent = { type: 'session.refreshed.v1', data: { sessionId: 's', refreshDigest: 'd1', at: T1 } };
const refresh = (presentedDigest: string, now = T1) => ({
  kind: 'RefreshSession' as const,
  now,
  sessionId: 's',
  presentedDigest,
  nextDigest: 'd2',
});

describe('sessions', () => {
  it('the current refresh token rotates to a new one', () =>
    spec
      .given([started, refreshed])
      .when(refresh('d1'))
      .then([{ type: 'session.refreshed.v1', data: { sessionId: 's', refreshDigest: 'd2', at: T1 } }]));
  it('an old refresh token coming back ends the session (someone holds a copy)', () =>
    spec
      .given([started, refreshed])
      .when(refresh('d0'))
      .then([{ type: 'session.ended.v1', data: { sessionId: 's', reason: 'refresh-reuse', by: 'zhang', at: T1 } }]));
  it('a forged token, an ended or an expired session is refused', () => {
    spec.given([started]).when(refresh('forged')).thenError('REFRESH_TOKEN_INVALID');
    const ended: SessionEvent = { type: 'session.ended.v1', data: { sessionId: 's', reason: 'sign-out', by: 'zhang', at: T1 } };
    spec.given([started, ended]).when(refresh('d0')).thenError('SESSION_ENDED');
    spec.given([started]).when(refresh('d0', '2026-03-01T20:00:00.000Z')).thenError('SESSION_EXPIRED');
    spec.given([]).when(refresh('d0')).thenError('SESSION_NOT_FOUND');
  });
  it('signing out ends the session once', () => {
    const end = { kind: 'EndSession' as const, now: T1, sessionId: 's', by: 'zhang', reason: 'sign-out' as const };
    spec
      .given([started])
      .when(end)
      .then([{ type: 'session.ended.v1', data: { sessionId: 's', reason: 'sign-out', by: 'zhang', at: T1 } }]);
    spec
      .given([started, { type: 'session.ended.v1', data: { sessionId: 's', reason: 'sign-out', by: 'zhang', at: T1 } }])
      .when(end)
      .then([]);
  });
});
