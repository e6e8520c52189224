import { Decision } from '../domain-error';
import { PhoneSignInError } from './phone-code.errors';
import { sameDigest } from './same-digest';

/** Mainland China mobile numbers: 11 digits, 1 then 3–9. */
export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/**
 * One stream per phone number, named by a keyed hash of it (never the number): the one-time codes
 * sent to it and every try. Codes are kept only as keyed digests; a new code replaces the previous one.
 */
export const phoneCodeStreamId = (phoneKey: string) => `phone-code-${phoneKey}`;

/** Settings of the code lifecycle, fixed into each code when it is issued (so its history reads the rule it ran under). */
export interface PhoneCodePolicy {
  /** How long a code works. */
  readonly codeSeconds: number;
  /** Least time between two codes to one number. */
  readonly resendSeconds: number;
  /** Most codes to one number in any hour. */
  readonly codesPerHour: number;
  /** Wrong tries after which the code is void. */
  readonly maxAttempts: number;
}

export type PhoneCodeRejection = 'none' | 'expired' | 'exhausted' | 'wrong';

export type PhoneCodeEvent =
  | {
      type: 'phone-code.issued.v1';
      data: { challengeId: string; codeDigest: string; expiresAt: string; maxAttempts: number; at: string };
    }
  | {
      type: 'phone-code.rejected.v1';
      data: { challengeId: string | null; reason: PhoneCodeRejection; attemptsLeft: number; at: string };
    }
  | { type: 'phone-code.verified.v1'; data: { challengeId: string; username: string; at: string } };

interface LiveCode {
  readonly challengeId: string;
  readonly codeDigest: string;
  readonly expiresAt: string;
  readonly maxAttempts: number;
  readonly wrongTries: number;
  readonly used: boolean;
}

export interface PhoneCodeState {
  readonly code: LiveCode | null;
  /** When the latest codes were issued (newest last; enough of them for any hourly limit). */
  readonly issuedAt: readonly string[];
}

const KEPT_ISSUES = 50;

export const initialPhoneCodeState = (): PhoneCodeState => ({ code: null, issuedAt: [] });

export function evolvePhoneCode(state: PhoneCodeState, event: PhoneCodeEvent): PhoneCodeState {
  switch (event.type) {
    case 'phone-code.issued.v1': {
      const { challengeId, codeDigest, expiresAt, maxAttempts, at } = event.data;
      return {
        code: { challengeId, codeDigest, expiresAt, maxAttempts, wrongTries: 0, used: false },
        issuedAt: [...state.issuedAt, at].slice(-KEPT_ISSUES),
      };
    }
    case 'phone-code.rejected.v1':
      return event.data.reason === 'wrong' && state.code
        ? { ...state, code: { ...state.code, wrongTries: state.code.wrongTries + 1 } }
        : state;
    case 'phone-code.verified.v1':
      return state.code ? { ...state, code: { ...state.code, used: true } } : state;
  }
}

export type PhoneCodeCommand =
  | {
      kind: 'IssueCode';
      now: string;
      challengeId: string;
      /** Keyed digest of the code the handler generated (the code itself never reaches the decider). */
      codeDigest: string;
      policy: PhoneCodePolicy;
    }
  | {
      kind: 'VerifyCode';
      now: string;
      /** Keyed digest of the code the person typed. */
      presentedDigest: string;
      /** The account this number signs in to. */
      username: string;
    };

const secondsBetween = (from: string, to: string) => Math.max(1, Math.ceil((Date.parse(to) - Date.parse(from)) / 1000));
const plus = (at: string, seconds: number) => new Date(Date.parse(at) + seconds * 1000).toISOString();

function issue(c: Extract<PhoneCodeCommand, { kind: 'IssueCode' }>, state: PhoneCodeState): Decision<PhoneCodeEvent> {
  const { now, policy } = c;
  const last = state.issuedAt[state.issuedAt.length - 1];
  if (last !== undefined && plus(last, policy.resendSeconds) > now) {
    const retryAfterSeconds = secondsBetween(now, plus(last, policy.resendSeconds));
    return new PhoneSignInError('SMS_RESEND_TOO_SOON', `wait ${retryAfterSeconds} s before asking for another code`, { retryAfterSeconds });
  }
  const lastHour = state.issuedAt.filter((at) => plus(at, 3600) > now);
  if (lastHour.length >= policy.codesPerHour) {
    const retryAfterSeconds = secondsBetween(now, plus(lastHour[lastHour.length - policy.codesPerHour], 3600));
    return new PhoneSignInError('SMS_TOO_MANY_CODES', `${policy.codesPerHour} codes an hour at most; wait ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }
  return [
    {
      type: 'phone-code.issued.v1',
      data: {
        challengeId: c.challengeId,
        codeDigest: c.codeDigest,
        expiresAt: plus(now, policy.codeSeconds),
        maxAttempts: policy.maxAttempts,
        at: now,
      },
    },
  ];
}

/** Every try is recorded, right or wrong: wrong tries count against the code, and the auditor sees them all. */
function verify(c: Extract<PhoneCodeCommand, { kind: 'VerifyCode' }>, state: PhoneCodeState): Decision<PhoneCodeEvent> {
  const code = state.code;
  const rejected = (reason: PhoneCodeRejection, attemptsLeft: number): PhoneCodeEvent[] => [
    { type: 'phone-code.rejected.v1', data: { challengeId: code?.challengeId ?? null, reason, attemptsLeft, at: c.now } },
  ];
  if (!code || code.used) return rejected('none', 0);
  const left = code.maxAttempts - code.wrongTries;
  if (left <= 0) return rejected('exhausted', 0);
  if (code.expiresAt <= c.now) return rejected('expired', left);
  if (!sameDigest(c.presentedDigest, code.codeDigest)) return rejected('wrong', left - 1);
  return [{ type: 'phone-code.verified.v1', data: { challengeId: code.challengeId, username: c.username, at: c.now } }];
}

export function decidePhoneCode(command: PhoneCodeCommand, state: PhoneCodeState): Decision<PhoneCodeEvent> {
  return command.kind === 'IssueCode' ? issue(command, state) : verify(command, state);
}

export const phoneCodeDecider = { decide: decidePhoneCode, evolve: evolvePhoneCode, initialState: initialPhoneCodeState };

/** What a verification means for the person at the door: signed in, or which refusal (with the tries left). */
export function phoneCodeOutcome(
  events: readonly PhoneCodeEvent[],
): { ok: true } | { ok: false; reason: PhoneCodeRejection; error: PhoneSignInError } {
  const event = events[0];
  if (event?.type === 'phone-code.verified.v1') return { ok: true };
  const { reason, attemptsLeft } = event?.type === 'phone-code.rejected.v1' ? event.data : { reason: 'none' as const, attemptsLeft: 0 };
  return { ok: false, reason, error: refusal(reason, attemptsLeft) };
}

function refusal(reason: PhoneCodeRejection, attemptsLeft: number): PhoneSignInError {
  switch (reason) {
    case 'none':
      return new PhoneSignInError('SMS_CODE_NOT_REQUESTED', 'no code is waiting for this number: ask for one first');
    case 'expired':
      return new PhoneSignInError('SMS_CODE_EXPIRED', 'the code expired: ask for a new one');
    case 'exhausted':
      return new PhoneSignInError('SMS_CODE_ATTEMPTS_EXHAUSTED', 'too many wrong tries: the code is void, ask for a new one');
    case 'wrong':
      return attemptsLeft > 0
        ? new PhoneSignInError('SMS_CODE_WRONG', `wrong code; ${attemptsLeft} tries left`, { field: 'code', attemptsLeft })
        : new PhoneSignInError('SMS_CODE_ATTEMPTS_EXHAUSTED', 'too many wrong tries: the code is void, ask for a new one', {
            attemptsLeft: 0,
          });
  }
}
