import { deciderSpec } from '../testing/decider-spec';
import { MAINLAND_MOBILE, PhoneCodeCommand, phoneCodeDecider, PhoneCodeEvent, phoneCodeOutcome, PhoneCodePolicy } from './phone-code';

const spec = deciderSpec(phoneCodeDecider);
const policy: PhoneCodePolicy = { codeSeconds: 300, resendSeconds: 60, codesPerHour: 3, maxAttempts: 3 };
const T0 = '2026-03-01T08:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

const issue = (seconds: number, challengeId = `c-${seconds}`, codeDigest = `d-${seconds}`): PhoneCodeCommand => ({
  kind: 'IssueCode',
  now: at(seconds),
  challengeId,
  codeDigest,
  policy,
});
const issued = (seconds: number, challengeId = `c-${seconds}`, codeDigest = `d-${seconds}`): PhoneCodeEvent => ({
  type: 'phone-code.issued.v1',
  data: { challengeId, codeDigest, expiresAt: at(seconds + 300), maxAttempts: 3, at: at(seconds) },
});
const verify = (seconds: number, presentedDigest: string): PhoneCodeCommand => ({
  kind: 'VerifyCode',
  now: at(seconds),
  presentedDigest,
  username: 'r-abc',
});
const rejected = (
  seconds: number,
  reason: 'none' | 'expired' | 'exhausted' | 'wrong',
  attemptsLeft: number,
  challengeId: string | null = 'c-0',
) => ({ type: 'phone-code.rejected.v1', data: { challengeId, reason, attemptsLeft, at: at(seconds) } }) as const;

describe('one-time codes by SMS (decider)', () => {
  describe('issuing', () => {
    it('given nothing, when a code is asked for, then it is issued with its expiry and tries fixed', () =>
      spec
        .given([])
        .when(issue(0))
        .then([issued(0)]));
    it('given a code issued 30 s ago, when another is asked for, then SMS_RESEND_TOO_SOON says to wait 30 s', () =>
      spec
        .given([issued(0)])
        .when(issue(30))
        .thenError('SMS_RESEND_TOO_SOON', { retryAfterSeconds: 30 }));
    it('given a code issued 60 s ago, when another is asked for, then the new one replaces it', () =>
      spec
        .given([issued(0)])
        .when(issue(60))
        .then([issued(60)]));
    it('given three codes within the hour, when a fourth is asked for, then SMS_TOO_MANY_CODES until the first leaves the hour', () =>
      spec
        .given([issued(0), issued(100), issued(200)])
        .when(issue(400))
        .thenError('SMS_TOO_MANY_CODES', { retryAfterSeconds: 3200 }));
    it('given three codes more than an hour ago, when one is asked for, then it is issued', () =>
      spec
        .given([issued(0), issued(100), issued(200)])
        .when(issue(3700))
        .then([issued(3700)]));
  });

  describe('verifying', () => {
    it('given a live code, when the right digest is presented, then it is verified for the account', () =>
      spec
        .given([issued(0)])
        .when(verify(10, 'd-0'))
        .then([{ type: 'phone-code.verified.v1', data: { challengeId: 'c-0', username: 'r-abc', at: at(10) } }]));
    it('given a verified code, when it is presented again, then it is rejected as none waiting (a code works once)', () =>
      spec
        .given([issued(0), { type: 'phone-code.verified.v1', data: { challengeId: 'c-0', username: 'r-abc', at: at(10) } }])
        .when(verify(20, 'd-0'))
        .then([rejected(20, 'none', 0)]));
    it('given no code, when one is presented, then it is rejected as none waiting', () =>
      spec
        .given([])
        .when(verify(0, 'd-0'))
        .then([rejected(0, 'none', 0, null)]));
    it('given a live code, when a wrong digest is presented, then it is rejected with the tries left', () =>
      spec
        .given([issued(0)])
        .when(verify(10, 'nope'))
        .then([rejected(10, 'wrong', 2)]));
    it('given a code whose time is up, when even the right digest is presented, then it is rejected as expired', () =>
      spec
        .given([issued(0)])
        .when(verify(300, 'd-0'))
        .then([rejected(300, 'expired', 3)]));
    it('given the tries used up, when the right digest is presented, then it is rejected as exhausted (the code is void)', () =>
      spec
        .given([issued(0), rejected(1, 'wrong', 2), rejected(2, 'wrong', 1), rejected(3, 'wrong', 0)])
        .when(verify(4, 'd-0'))
        .then([rejected(4, 'exhausted', 0)]));
    it('given a void code, when a new one is issued, then the new one works', () =>
      spec
        .given([issued(0), rejected(1, 'wrong', 2), rejected(2, 'wrong', 1), rejected(3, 'wrong', 0), issued(60)])
        .when(verify(70, 'd-60'))
        .then([{ type: 'phone-code.verified.v1', data: { challengeId: 'c-60', username: 'r-abc', at: at(70) } }]));
    it('given a replaced code, when the old one is presented, then it is wrong', () =>
      spec
        .given([issued(0), issued(60)])
        .when(verify(70, 'd-0'))
        .then([rejected(70, 'wrong', 2, 'c-60')]));
  });

  it('tells each outcome by its code: the last wrong try voids the code', () => {
    const code = (events: PhoneCodeEvent[]) => {
      const outcome = phoneCodeOutcome(events);
      return outcome.ok ? 'OK' : outcome.error.code;
    };
    expect(code([{ type: 'phone-code.verified.v1', data: { challengeId: 'c', username: 'u', at: T0 } }])).toBe('OK');
    expect(code([rejected(0, 'none', 0)])).toBe('SMS_CODE_NOT_REQUESTED');
    expect(code([rejected(0, 'expired', 3)])).toBe('SMS_CODE_EXPIRED');
    expect(code([rejected(0, 'exhausted', 0)])).toBe('SMS_CODE_ATTEMPTS_EXHAUSTED');
    expect(code([rejected(0, 'wrong', 1)])).toBe('SMS_CODE_WRONG');
    expect(code([rejected(0, 'wrong', 0)])).toBe('SMS_CODE_ATTEMPTS_EXHAUSTED');
  });

  it('takes mainland mobile numbers only', () => {
    for (const ok of ['13800138000', '19912345678', '15000000000']) expect(MAINLAND_MOBILE.test(ok)).toBe(true);
    for (const bad of ['12800138000', '1380013800', '138001380000', '+8613800138000', '1380013800a', ''])
      expect(MAINLAND_MOBILE.test(bad)).toBe(false);
  });
});
