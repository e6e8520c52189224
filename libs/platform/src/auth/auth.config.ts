import { IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, ValidateIf } from 'class-validator';
import { moduleConfig } from '../config/module-config';
import { ConfigError, secretFrom } from '../config/validate-config';

/** Values shipped in examples and docs: a production start with one of them is refused. */
const KNOWN_SECRETS = ['CHANGE_ME_TO_32_OR_MORE_RANDOM_CHARACTERS', 'test-secret-test-secret-test-secret-42'];

export class AuthConfig {
  /** HS256 signing key for access tokens. Or JWT_SECRET_FILE: a file holding it (e.g. a mounted secret). */
  @ValidateIf((c: AuthConfig) => !c.JWT_SECRET_FILE)
  @IsString({ message: 'JWT_SECRET or JWT_SECRET_FILE must be set' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional()
  @IsString()
  JWT_SECRET_FILE?: string;

  /** Enables POST /api/auth/demo-login with the seeded demo users. Never on in production. */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'DEMO_LOGIN must be true or false' })
  DEMO_LOGIN?: 'true' | 'false';

  @IsOptional()
  @IsString()
  NODE_ENV?: string;

  /** Lifetime of an access token; the pages refresh it silently. */
  @IsOptional()
  @IsInt({ message: 'ACCESS_TOKEN_SECONDS must be a whole number' })
  @Min(1)
  @Max(3600)
  ACCESS_TOKEN_SECONDS?: number;

  /** Longest a session lasts from sign-in, however often it is refreshed (a working day by default). */
  @IsOptional()
  @IsInt({ message: 'SESSION_SECONDS must be a whole number' })
  @Min(60)
  @Max(30 * 24 * 3600)
  SESSION_SECONDS?: number;

  /** Consecutive wrong passwords that lock an account, and for how long. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  LOCKOUT_MAX_FAILURES?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  LOCKOUT_MINUTES?: number;
}

export const authConfig = moduleConfig('auth', AuthConfig);
export type AuthSettings = ReturnType<typeof authConfig>;

/**
 * The signing secret, from the setting or the file it names. In production (NODE_ENV=production)
 * a missing, short or example secret stops the start: tokens signed with a known key can be forged.
 */
export function signingSecret(config: AuthConfig): string {
  const secret = secretFrom(config.JWT_SECRET, config.JWT_SECRET_FILE) ?? '';
  if (secret.length < 32) throw new ConfigError('JWT secret must be at least 32 characters (JWT_SECRET or JWT_SECRET_FILE)');
  if (config.NODE_ENV === 'production') {
    if (KNOWN_SECRETS.includes(secret) || /change[_-]?me/i.test(secret))
      throw new ConfigError('JWT_SECRET is a default value: set a random secret of at least 32 characters in production');
    if (config.DEMO_LOGIN === 'true') throw new ConfigError('DEMO_LOGIN must not be true in production');
  }
  return secret;
}

export const authSettings = (config: AuthConfig) => ({
  accessTokenSeconds: config.ACCESS_TOKEN_SECONDS ?? 900,
  sessionSeconds: config.SESSION_SECONDS ?? 12 * 3600,
  lockout: { maxFailures: config.LOCKOUT_MAX_FAILURES ?? 5, lockMinutes: config.LOCKOUT_MINUTES ?? 15 },
  demoLogin: config.DEMO_LOGIN === 'true',
});
