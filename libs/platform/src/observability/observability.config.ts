import { IsIn, IsOptional, IsString, MinLength } from 'class-validator';
import { moduleConfig } from '../config/module-config';

export const LOG_FORMATS = ['text', 'json'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug'] as const;

export class ObservabilityConfig {
  /** json: one JSON object a line with request and correlation ids (the default in production); text: Nest's console lines. */
  @IsOptional()
  @IsIn(LOG_FORMATS, { message: 'LOG_FORMAT must be text or json' })
  LOG_FORMAT?: (typeof LOG_FORMATS)[number];

  /** Lowest level written (json logs); info unless set. */
  @IsOptional()
  @IsIn(LOG_LEVELS, { message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug' })
  LOG_LEVEL?: (typeof LOG_LEVELS)[number];

  /** When set, GET /api/metrics asks for "Authorization: Bearer <token>"; unset, the scrape is open (block it at the proxy). */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;
}

export const observabilityConfig = moduleConfig('observability', ObservabilityConfig);

/**
 * The log format from the environment, for the places that choose before settings are validated (which
 * logger a module is built with); the setting itself is validated with the others at start-up.
 */
export function logFormatFromEnv(env: NodeJS.ProcessEnv = process.env): 'text' | 'json' {
  if (env.LOG_FORMAT === 'json' || env.LOG_FORMAT === 'text') return env.LOG_FORMAT;
  return env.NODE_ENV === 'production' ? 'json' : 'text';
}
