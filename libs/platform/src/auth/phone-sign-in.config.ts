import { createHmac } from 'node:crypto';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { PhoneCodePolicy } from '@app/shared';
import { moduleConfig } from '../config/module-config';
import { ConfigError, secretFrom } from '../config/validate-config';

export class PhoneSignInConfig {
  /**
   * Key of the keyed hash (HMAC-SHA256) that turns a phone number into the lookup key of its codes
   * and its account, so no number is stored. Or PHONE_LOOKUP_SECRET_FILE. Required in production
   * when phone sign-in is on; elsewhere derived from the JWT secret when unset.
   */
  @IsOptional()
  @IsString()
  PHONE_LOOKUP_SECRET?: string;

  @IsOptional()
  @IsString()
  PHONE_LOOKUP_SECRET_FILE?: string;

  /** How long a one-time code works. */
  @IsOptional()
  @IsInt({ message: 'SMS_CODE_SECONDS must be a whole number' })
  @Min(60)
  @Max(1800)
  SMS_CODE_SECONDS?: number;

  /** Least time between two codes to one number (the pages count it down). */
  @IsOptional()
  @IsInt({ message: 'SMS_RESEND_SECONDS must be a whole number' })
  @Min(10)
  @Max(600)
  SMS_RESEND_SECONDS?: number;

  /** Most codes to one number in any hour. */
  @IsOptional()
  @IsInt({ message: 'SMS_CODES_PER_HOUR must be a whole number' })
  @Min(1)
  @Max(100)
  SMS_CODES_PER_HOUR?: number;

  /** Wrong tries after which a code is void. */
  @IsOptional()
  @IsInt({ message: 'SMS_CODE_MAX_ATTEMPTS must be a whole number' })
  @Min(1)
  @Max(10)
  SMS_CODE_MAX_ATTEMPTS?: number;

  @IsOptional()
  @IsString()
  NODE_ENV?: string;
}

export const phoneSignInConfig = moduleConfig('phoneSignIn', PhoneSignInConfig);

export const phoneCodePolicy = (config: PhoneSignInConfig): PhoneCodePolicy => ({
  codeSeconds: config.SMS_CODE_SECONDS ?? 300,
  resendSeconds: config.SMS_RESEND_SECONDS ?? 60,
  codesPerHour: config.SMS_CODES_PER_HOUR ?? 5,
  maxAttempts: config.SMS_CODE_MAX_ATTEMPTS ?? 5,
});

/**
 * The lookup key's secret. Its own setting, so the JWT secret can be changed (ending every session)
 * without losing the link from a number to its account. Only outside production may it be derived.
 */
export function phoneLookupSecret(config: PhoneSignInConfig, jwtSecret: string): string {
  const own = secretFrom(config.PHONE_LOOKUP_SECRET, config.PHONE_LOOKUP_SECRET_FILE);
  if (own !== undefined) {
    if (own.length < 32) throw new ConfigError('PHONE_LOOKUP_SECRET must be at least 32 characters');
    return own;
  }
  if (config.NODE_ENV === 'production')
    throw new ConfigError('PHONE_LOOKUP_SECRET or PHONE_LOOKUP_SECRET_FILE must be set in production when an SMS provider is configured');
  return createHmac('sha256', jwtSecret).update('phone-lookup').digest('base64url');
}
