import { validateConfig } from '../config/validate-config';
import { PhoneSignInConfig, phoneCodePolicy, phoneLookupSecret } from './phone-sign-in.config';

const JWT = 'k3Y-9f8Q2m5Zr7Lw1Xc4Vb6Nn0Hs2Jd8Pq';
const OWN = 'p7Q-2m5Zr7Lw1Xc4Vb6Nn0Hs2Jd8PqK3y9f';
const secret = (env: Record<string, string>, jwt = JWT) => phoneLookupSecret(validateConfig(PhoneSignInConfig, env), jwt);

describe('phone sign-in settings', () => {
  it('the lookup secret is its own setting; outside production it is derived from the JWT secret when unset', () => {
    expect(secret({ PHONE_LOOKUP_SECRET: OWN })).toBe(OWN);
    const derived = secret({});
    expect(derived).not.toBe(JWT);
    expect(derived).toHaveLength(43);
    expect(secret({})).toBe(derived);
    expect(secret({}, `${JWT}x`)).not.toBe(derived);
  });

  it('in production it must be set, and never short', () => {
    expect(() => secret({ NODE_ENV: 'production' })).toThrow(/must be set in production/);
    expect(() => secret({ PHONE_LOOKUP_SECRET: 'short' })).toThrow(/at least 32 characters/);
    expect(secret({ NODE_ENV: 'production', PHONE_LOOKUP_SECRET: OWN })).toBe(OWN);
  });

  it('codes work 5 minutes, one a minute, five an hour, five tries; each can be set within bounds', () => {
    expect(phoneCodePolicy(validateConfig(PhoneSignInConfig, {}))).toEqual({
      codeSeconds: 300,
      resendSeconds: 60,
      codesPerHour: 5,
      maxAttempts: 5,
    });
    expect(phoneCodePolicy(validateConfig(PhoneSignInConfig, { SMS_CODE_SECONDS: '600', SMS_CODE_MAX_ATTEMPTS: '3' }))).toMatchObject({
      codeSeconds: 600,
      maxAttempts: 3,
    });
    expect(() => validateConfig(PhoneSignInConfig, { SMS_CODE_MAX_ATTEMPTS: '50' })).toThrow(/SMS_CODE_MAX_ATTEMPTS/);
    expect(() => validateConfig(PhoneSignInConfig, { SMS_RESEND_SECONDS: 'soon' })).toThrow(/SMS_RESEND_SECONDS must be a whole number/);
  });
});
