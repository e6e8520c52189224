import { Inject, Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { createHmac, randomInt, randomUUID } from 'node:crypto';
import {
  Actor,
  Clock,
  CommandContext,
  MAINLAND_MOBILE,
  PhoneCodePolicy,
  phoneCodeDecider,
  phoneCodeOutcome,
  phoneCodeStreamId,
  PhoneSignInError,
  PhoneCodeRejection,
  SignInFailure,
} from '@app/shared';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { executeOnStream } from '../cqrs/execute-on-stream';
import { ModuleConfig } from '../config/module-config';
import { SmsSender } from '../sms/sms-sender';
import { AccountService } from './account.service';
import { authConfig, signingSecret } from './auth.config';
import { phoneCodePolicy, phoneLookupSecret, phoneSignInConfig } from './phone-sign-in.config';
import { SessionService, SignedIn } from './session.service';

export interface CodeSent {
  /** Seconds until another code may be asked for. */
  resendAfterSeconds: number;
  /** Seconds the code works. */
  expiresInSeconds: number;
}

/** How each refusal reads in the sign-in history (the try that uses up the code was a wrong code). */
const FAILURE_OF: Readonly<Record<PhoneCodeRejection, SignInFailure>> = {
  none: 'no-code',
  expired: 'code-expired',
  exhausted: 'code-exhausted',
  wrong: 'bad-code',
};

/**
 * Residents sign up and sign in with a mobile number and a one-time code sent through the SMS port.
 * The number is never stored: a keyed hash of it (HMAC-SHA256 with a server secret) names both the
 * stream of its codes and the resident's account (`r-<24 hex>`), so the same number always finds the
 * same account and nothing readable links an account to a number. Codes are kept as keyed digests.
 */
@Injectable()
export class PhoneSignInService {
  private readonly secret: string;
  readonly policy: PhoneCodePolicy;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    private readonly sms: SmsSender,
    private readonly clock: Clock,
    @Inject(phoneSignInConfig.KEY) config: ModuleConfig<typeof phoneSignInConfig>,
    @Inject(authConfig.KEY) auth: ModuleConfig<typeof authConfig>,
  ) {
    this.policy = phoneCodePolicy(config);
    this.secret = sms.enabled ? phoneLookupSecret(config, signingSecret(auth)) : '';
  }

  get enabled(): boolean {
    return this.sms.enabled;
  }

  /** Sends a code. The answer is the same whether or not the number has an account. */
  async requestCode(phone: string): Promise<CodeSent> {
    const key = this.lookupKey(phone);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const context = this.context(this.usernameOf(key));
    await executeOnStream(
      this.store,
      phoneCodeStreamId(key),
      phoneCodeDecider,
      {
        kind: 'IssueCode',
        now: context.now.toISOString(),
        challengeId: randomUUID(),
        codeDigest: this.digest(key, code),
        policy: this.policy,
      },
      context,
    );
    const minutes = Math.round(this.policy.codeSeconds / 60);
    try {
      await this.sms.send(phone, `【云公物仓】您的验证码是 ${code}，${minutes} 分钟内有效。请勿告诉他人。`);
    } catch {
      throw new ServiceUnavailableException({ code: 'SMS_SEND_FAILED', message: 'the text could not be sent; try again shortly' });
    }
    return { resendAfterSeconds: this.policy.resendSeconds, expiresInSeconds: this.policy.codeSeconds };
  }

  /**
   * Checks the code; on first use creates the resident's account (role resident, no unit) through
   * the account commands, then signs in like any other method. Every refusal is recorded as a sign-in failure.
   */
  async verify(phone: string, code: string): Promise<SignedIn> {
    const key = this.lookupKey(phone);
    const username = this.usernameOf(key);
    const context = this.context(username);
    const { events } = await executeOnStream(
      this.store,
      phoneCodeStreamId(key),
      phoneCodeDecider,
      { kind: 'VerifyCode', now: context.now.toISOString(), presentedDigest: this.digest(key, code), username },
      context,
    );
    const outcome = phoneCodeOutcome(events);
    if (!outcome.ok) {
      await this.sessions.recordFailure(username, 'sms', FAILURE_OF[outcome.reason]);
      throw outcome.error;
    }
    if (!(await this.accounts.state(username)).exists) await this.register(username, this.context(username));
    return this.sessions.signIn(username, { verified: 'sms' }, 'resident');
  }

  private async register(username: string, context: CommandContext): Promise<void> {
    await this.accounts.execute(
      {
        kind: 'CreateAccount',
        actor: context.actor,
        now: context.now.toISOString(),
        username,
        // A name that says nothing about the number; the resident gives their name with their profile.
        displayName: `居民 ${username.slice(2, 6).toUpperCase()}`,
        roles: ['resident'],
        departmentId: null,
        unit: null,
        initialPassword: null,
        phone: null,
        mustChangePassword: false,
      },
      context,
    );
  }

  private lookupKey(phone: string): string {
    if (!this.sms.enabled)
      throw new NotFoundException({ code: 'PHONE_SIGN_IN_DISABLED', message: 'phone sign-in is off (no SMS provider)' });
    if (!MAINLAND_MOBILE.test(phone))
      throw new PhoneSignInError('PHONE_NUMBER_INVALID', 'a mainland mobile number is 11 digits: 1, then 3-9, then 9 digits', {
        field: 'phone',
      });
    return createHmac('sha256', this.secret).update(`phone:${phone}`).digest('hex').slice(0, 32);
  }

  private usernameOf(key: string): string {
    return `r-${key.slice(0, 24)}`;
  }

  private digest(key: string, code: string): string {
    return createHmac('sha256', this.secret).update(`code:${key}:${code}`).digest('base64url');
  }

  /** The person at the door acts as the system on their own (future) account: the events name the account. */
  private context(username: string): CommandContext {
    const actor: Actor = { userId: username, role: 'system', departmentId: null, displayName: '手机号登录' };
    const commandId = randomUUID();
    return { actor, commandId, correlationId: commandId, causationId: commandId, now: this.clock.now() };
  }
}
