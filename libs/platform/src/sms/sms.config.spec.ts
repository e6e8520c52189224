import { Logger } from '@nestjs/common';
import { validateConfig } from '../config/validate-config';
import { LogSmsSender } from './log-sms-sender';
import { SmsConfig, smsProvider } from './sms.config';

const provider = (env: Record<string, string>) => smsProvider(validateConfig(SmsConfig, env));

describe('SMS provider settings', () => {
  it('logs texts by default outside production, sends none by default in production', () => {
    expect(provider({})).toBe('log');
    expect(provider({ NODE_ENV: 'production' })).toBe('none');
    expect(provider({ SMS_PROVIDER: 'none' })).toBe('none');
  });

  it('refuses the log provider in production unless explicitly allowed', () => {
    expect(() => provider({ NODE_ENV: 'production', SMS_PROVIDER: 'log' })).toThrow(/not in production/);
    expect(() => provider({ NODE_ENV: 'production', SMS_PROVIDER: 'log', SMS_LOG_IN_PRODUCTION: 'false' })).toThrow(/not in production/);
    expect(provider({ NODE_ENV: 'production', SMS_PROVIDER: 'log', SMS_LOG_IN_PRODUCTION: 'true' })).toBe('log');
  });

  it('refuses an unknown provider', () => {
    expect(() => provider({ SMS_PROVIDER: 'carrier-pigeon' })).toThrow(/SMS_PROVIDER must be one of log, none/);
  });
});

describe('the development provider', () => {
  it('keeps the latest text per number for tests, and masks the number in its log line', async () => {
    const sender = new LogSmsSender();
    const lines: string[] = [];
    const spy = jest.spyOn(Logger.prototype, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    await sender.send('13800138000', 'first');
    await sender.send('13900139000', 'other');
    await sender.send('13800138000', 'second');
    spy.mockRestore();
    expect(sender.latestTo('13800138000')?.text).toBe('second');
    expect(sender.countTo('13800138000')).toBe(2);
    expect(sender.latestTo('13700137000')).toBeUndefined();
    expect(lines).toEqual(['to 138****8000: first', 'to 139****9000: other', 'to 138****8000: second']);
  });
});
