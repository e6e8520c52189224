import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { moduleConfig } from '@app/platform/config/module-config';

export class HardeningConfig {
  /** Sign-in attempts (password, demo, refresh) per client address per minute. */
  @IsOptional()
  @IsInt({ message: 'THROTTLE_SIGN_IN_PER_MINUTE must be a whole number' })
  @Min(1)
  @Max(1_000_000)
  THROTTLE_SIGN_IN_PER_MINUTE?: number;

  /** Writes (POST) per person (or client address) per minute. */
  @IsOptional()
  @IsInt({ message: 'THROTTLE_WRITES_PER_MINUTE must be a whole number' })
  @Min(1)
  @Max(1_000_000)
  THROTTLE_WRITES_PER_MINUTE?: number;

  /** Origins other than the API's own that may call it from a browser, comma-separated (unset: none). */
  @IsOptional()
  @IsString()
  @Matches(/^https?:\/\/[^\s,]+(,https?:\/\/[^\s,]+)*$/, { message: 'CORS_ORIGINS must be a comma-separated list of http(s) origins' })
  CORS_ORIGINS?: string;

  /** Hops of reverse proxies in front of the API, so the client address is the real one (express "trust proxy"). */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  TRUST_PROXY_HOPS?: number;
}

export const hardeningConfig = moduleConfig('hardening', HardeningConfig);
