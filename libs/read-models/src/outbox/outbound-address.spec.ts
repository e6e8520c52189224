import {
  isEmailAddress,
  isMobileNumber,
  isPrivateAddress,
  preferenceProblem,
  webhookHostProblem,
  webhookUrlProblem,
} from './outbound-address';

describe('outbound addresses', () => {
  it('accepts a plain e-mail address and refuses display names, spaces and header breaks', () => {
    expect(isEmailAddress('zhang.san@example.gov.cn')).toBe(true);
    expect(isEmailAddress('张三 <zhang@example.cn>')).toBe(false);
    expect(isEmailAddress('a@b')).toBe(false);
    expect(isEmailAddress('a@example.cn\r\nBcc: x@evil.cn')).toBe(false);
    expect(isEmailAddress(`${'a'.repeat(250)}@example.cn`)).toBe(false);
  });

  it('accepts an 11-digit mainland mobile number only', () => {
    expect(isMobileNumber('13800138000')).toBe(true);
    expect(isMobileNumber('12800138000')).toBe(false);
    expect(isMobileNumber('+8613800138000')).toBe(false);
  });

  it('knows private, loopback, link-local and mapped addresses', () => {
    for (const ip of [
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '127.0.0.1',
      '169.254.169.254',
      '100.64.0.1',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:10.0.0.1',
    ])
      expect([ip, isPrivateAddress(ip)]).toEqual([ip, true]);
    for (const ip of ['8.8.8.8', '203.0.113.10', '2001:db8::1']) expect([ip, isPrivateAddress(ip)]).toEqual([ip, false]);
  });

  describe('webhook URLs', () => {
    it('given private targets refused (production), then only public https URLs pass', () => {
      expect(webhookUrlProblem('https://hooks.example.gov.cn/warehouse', false)).toBeNull();
      expect(webhookUrlProblem('http://hooks.example.gov.cn/warehouse', false)).toBe('WEBHOOK_URL_NOT_HTTPS');
      expect(webhookUrlProblem('https://10.0.0.5/hook', false)).toBe('WEBHOOK_URL_PRIVATE');
      expect(webhookUrlProblem('https://169.254.169.254/latest/meta-data', false)).toBe('WEBHOOK_URL_PRIVATE');
      expect(webhookUrlProblem('https://[::1]/hook', false)).toBe('WEBHOOK_URL_PRIVATE');
      expect(webhookUrlProblem('https://localhost/hook', false)).toBe('WEBHOOK_URL_PRIVATE');
      expect(webhookUrlProblem('http://localhost:8080/hook', false)).toBe('WEBHOOK_URL_NOT_HTTPS');
    });

    it('given private targets allowed (development, tests), then http to this machine passes too', () => {
      expect(webhookUrlProblem('http://127.0.0.1:8080/hook', true)).toBeNull();
      expect(webhookUrlProblem('http://localhost:8080/hook', true)).toBeNull();
      expect(webhookUrlProblem('http://192.168.1.5/hook', true)).toBe('WEBHOOK_URL_NOT_HTTPS');
    });

    it('refuses what is not a URL, other schemes and embedded credentials', () => {
      expect(webhookUrlProblem('hooks.example.cn', true)).toBe('WEBHOOK_URL_INVALID');
      expect(webhookUrlProblem('ftp://hooks.example.cn', true)).toBe('WEBHOOK_URL_NOT_HTTPS');
      expect(webhookUrlProblem('https://user:pw@hooks.example.cn', true)).toBe('WEBHOOK_URL_INVALID');
    });

    it('at send time, refuses a host that is a private address when private targets are refused', async () => {
      await expect(webhookHostProblem('https://10.0.0.5/hook', false)).resolves.toMatch(/private address \(10\.0\.0\.5\)/);
      await expect(webhookHostProblem('https://203.0.113.10/hook', false)).resolves.toBeNull();
      await expect(webhookHostProblem('http://127.0.0.1:1/hook', true)).resolves.toBeNull();
    });
  });
});

describe('a person’s channel choice', () => {
  const none = { email: null, phone: null };
  it('needs an address for each chosen channel, and a unit for the webhook', () => {
    expect(preferenceProblem({ channels: ['email'], ...none }, 'D-SCH1')).toBe('NOTIFY_EMAIL_MISSING');
    expect(preferenceProblem({ channels: ['sms'], ...none }, null)).toBe('NOTIFY_PHONE_MISSING');
    expect(preferenceProblem({ channels: ['webhook'], ...none }, null)).toBe('NOTIFY_WEBHOOK_NO_UNIT');
    expect(preferenceProblem({ channels: ['webhook'], ...none }, 'D-SCH1')).toBeNull();
    expect(preferenceProblem({ channels: [], ...none }, null)).toBeNull();
  });
  it('refuses a malformed address even for a channel not chosen', () => {
    expect(preferenceProblem({ channels: [], email: 'not-mail', phone: null }, null)).toBe('NOTIFY_EMAIL_INVALID');
    expect(preferenceProblem({ channels: ['sms'], email: null, phone: '1380013800' }, null)).toBe('NOTIFY_PHONE_INVALID');
    expect(preferenceProblem({ channels: ['sms', 'email'], email: 'a@b.cn', phone: '13800138000' }, null)).toBeNull();
  });
});
