import { IsEmail, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { moduleConfig } from '@app/platform/config/module-config';
import { ConfigError } from '@app/platform/config/validate-config';
import { BackoffPolicy } from './backoff';

export class OutboxConfig {
  /** The SMTP relay; without it e-mails cannot be sent and end as dead letters naming why. */
  @IsOptional()
  @IsString()
  SMTP_HOST?: string;

  @IsOptional()
  @IsInt({ message: 'SMTP_PORT must be a whole number' })
  @Min(1)
  @Max(65535)
  SMTP_PORT?: number;

  /** `true`: TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'SMTP_SECURE must be true or false' })
  SMTP_SECURE?: 'true' | 'false';

  @IsOptional()
  @IsString()
  SMTP_USER?: string;

  @IsOptional()
  @IsString()
  SMTP_PASSWORD?: string;

  /** The sender address; its domain also ends every Message-ID. */
  @IsOptional()
  @IsEmail({}, { message: 'SMTP_FROM must be an e-mail address' })
  SMTP_FROM?: string;

  @IsOptional()
  @IsInt({ message: 'OUTBOX_WEBHOOK_TIMEOUT_MS must be a whole number' })
  @Min(100)
  @Max(60_000)
  OUTBOX_WEBHOOK_TIMEOUT_MS?: number;

  /** Tries before a message becomes a dead letter. */
  @IsOptional()
  @IsInt({ message: 'OUTBOX_MAX_ATTEMPTS must be a whole number' })
  @Min(1)
  @Max(50)
  OUTBOX_MAX_ATTEMPTS?: number;

  @IsOptional()
  @IsInt({ message: 'OUTBOX_BACKOFF_BASE_MS must be a whole number' })
  @Min(1)
  OUTBOX_BACKOFF_BASE_MS?: number;

  @IsOptional()
  @IsInt({ message: 'OUTBOX_BACKOFF_MAX_MS must be a whole number' })
  @Min(1)
  OUTBOX_BACKOFF_MAX_MS?: number;

  /** How long a sender holds a claimed row; a sender that dies gives it up when this runs out. */
  @IsOptional()
  @IsInt({ message: 'OUTBOX_LEASE_MS must be a whole number' })
  @Min(500)
  OUTBOX_LEASE_MS?: number;

  @IsOptional()
  @IsInt({ message: 'OUTBOX_POLL_MS must be a whole number' })
  @Min(50)
  OUTBOX_POLL_MS?: number;

  /** Days a sent message's row is kept (what was sent, when, to whom masked); 0 keeps them all. Dead letters stay. */
  @IsOptional()
  @IsInt({ message: 'OUTBOX_KEEP_SENT_DAYS must be a whole number' })
  @Min(0)
  @Max(3650)
  OUTBOX_KEEP_SENT_DAYS?: number;

  /** `off`: this process sends nothing (another process runs the sender). */
  @IsOptional()
  @IsIn(['on', 'off'], { message: 'OUTBOX_SENDER must be on or off' })
  OUTBOX_SENDER?: 'on' | 'off';

  /** Webhooks to this machine and private networks; on by default outside production, refused in production. */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'OUTBOX_WEBHOOK_ALLOW_PRIVATE must be true or false' })
  OUTBOX_WEBHOOK_ALLOW_PRIVATE?: 'true' | 'false';

  @IsOptional()
  @IsString()
  NODE_ENV?: string;
}

export const outboxConfig = moduleConfig('outbox', OutboxConfig);

export interface OutboxSettings {
  readonly smtp: { host: string; port: number; secure: boolean; user?: string; password?: string } | null;
  readonly from: string;
  readonly webhookTimeoutMs: number;
  readonly maxAttempts: number;
  readonly backoff: BackoffPolicy;
  readonly leaseMs: number;
  readonly pollMs: number;
  readonly senderOn: boolean;
  /** Sent rows older than this many days are deleted by the sender, once an hour; 0: never. */
  readonly keepSentDays: number;
  /** Private-network webhook targets (SSRF): allowed in development and tests only. */
  readonly allowPrivateWebhooks: boolean;
}

/** The settings in force, with defaults; a production start allowing private webhook targets is refused. */
export function outboxSettings(config: OutboxConfig): OutboxSettings {
  const production = config.NODE_ENV === 'production';
  const allowPrivateWebhooks = (config.OUTBOX_WEBHOOK_ALLOW_PRIVATE ?? (production ? 'false' : 'true')) === 'true';
  if (production && allowPrivateWebhooks)
    throw new ConfigError('OUTBOX_WEBHOOK_ALLOW_PRIVATE=true lets a unit point webhooks into the internal network: not in production');
  const base = config.OUTBOX_BACKOFF_BASE_MS ?? 30_000;
  const max = config.OUTBOX_BACKOFF_MAX_MS ?? 3_600_000;
  if (max < base) throw new ConfigError('OUTBOX_BACKOFF_MAX_MS must not be less than OUTBOX_BACKOFF_BASE_MS');
  return {
    smtp: config.SMTP_HOST
      ? {
          host: config.SMTP_HOST,
          port: config.SMTP_PORT ?? 587,
          secure: config.SMTP_SECURE === 'true',
          user: config.SMTP_USER,
          password: config.SMTP_PASSWORD,
        }
      : null,
    from: config.SMTP_FROM ?? 'noreply@warehouse.invalid',
    webhookTimeoutMs: config.OUTBOX_WEBHOOK_TIMEOUT_MS ?? 5_000,
    maxAttempts: config.OUTBOX_MAX_ATTEMPTS ?? 8,
    backoff: { baseMs: base, maxMs: max },
    leaseMs: config.OUTBOX_LEASE_MS ?? 60_000,
    pollMs: config.OUTBOX_POLL_MS ?? 1_000,
    senderOn: config.OUTBOX_SENDER !== 'off',
    keepSentDays: config.OUTBOX_KEEP_SENT_DAYS ?? 90,
    allowPrivateWebhooks,
  };
}
