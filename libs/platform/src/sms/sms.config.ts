import { IsIn, IsOptional, IsString } from 'class-validator';
import { moduleConfig } from '../config/module-config';
import { ConfigError } from '../config/validate-config';

export const SMS_PROVIDERS = ['log', 'none'] as const;
export type SmsProvider = (typeof SMS_PROVIDERS)[number];

export class SmsConfig {
  /**
   * Who sends texts: `log` writes them to the log (development; the default outside production),
   * `none` sends nothing and turns phone sign-in off (the default in production).
   */
  @IsOptional()
  @IsIn(SMS_PROVIDERS, { message: `SMS_PROVIDER must be one of ${SMS_PROVIDERS.join(', ')}` })
  SMS_PROVIDER?: SmsProvider;

  /** A production start with the log provider is refused unless this says so (a closed trial where the log is read by staff). */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'SMS_LOG_IN_PRODUCTION must be true or false' })
  SMS_LOG_IN_PRODUCTION?: 'true' | 'false';

  @IsOptional()
  @IsString()
  NODE_ENV?: string;
}

export const smsConfig = moduleConfig('sms', SmsConfig);

/**
 * The provider in force. In production the log provider would put every one-time code into the
 * server log, where whoever reads the log could sign in as any resident: refused unless explicitly allowed.
 */
export function smsProvider(config: SmsConfig): SmsProvider {
  const production = config.NODE_ENV === 'production';
  const provider = config.SMS_PROVIDER ?? (production ? 'none' : 'log');
  if (production && provider === 'log' && config.SMS_LOG_IN_PRODUCTION !== 'true')
    throw new ConfigError('SMS_PROVIDER=log writes one-time codes to the log: not in production (unless SMS_LOG_IN_PRODUCTION=true)');
  return provider;
}
