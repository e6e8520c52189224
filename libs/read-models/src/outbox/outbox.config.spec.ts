import { validateConfig } from '@app/platform/config/validate-config';
import { OutboxConfig, outboxSettings } from './outbox.config';

const settings = (env: Record<string, string>) => outboxSettings(validateConfig(OutboxConfig, env));

describe('outbox settings', () => {
  it('given nothing set, then no SMTP, eight tries, back-off from 30 s to an hour, private webhooks allowed outside production', () => {
    const s = settings({});
    expect(s.smtp).toBeNull();
    expect(s.maxAttempts).toBe(8);
    expect(s.backoff).toEqual({ baseMs: 30_000, maxMs: 3_600_000 });
    expect(s.allowPrivateWebhooks).toBe(true);
    expect(settings({ NODE_ENV: 'production' }).allowPrivateWebhooks).toBe(false);
  });

  it('given an SMTP relay, then its port, TLS and sender are read', () => {
    const s = settings({ SMTP_HOST: 'smtp.example.cn', SMTP_PORT: '465', SMTP_SECURE: 'true', SMTP_FROM: 'noreply@example.cn' });
    expect(s.smtp).toEqual({ host: 'smtp.example.cn', port: 465, secure: true, user: undefined, password: undefined });
    expect(s.from).toBe('noreply@example.cn');
  });

  it('refuses bad values in one message, and private webhook targets in production', () => {
    expect(() => settings({ SMTP_PORT: 'x', SMTP_FROM: 'nobody', OUTBOX_MAX_ATTEMPTS: '0' })).toThrow(
      /SMTP_PORT must be a whole number[\s\S]*SMTP_FROM must be an e-mail address[\s\S]*OUTBOX_MAX_ATTEMPTS/,
    );
    expect(() => settings({ NODE_ENV: 'production', OUTBOX_WEBHOOK_ALLOW_PRIVATE: 'true' })).toThrow(/not in production/);
    expect(() => settings({ OUTBOX_BACKOFF_BASE_MS: '1000', OUTBOX_BACKOFF_MAX_MS: '10' })).toThrow(/must not be less/);
  });
});
