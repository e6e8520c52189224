/// <reference lib="dom" />
import { Browser } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT, launchBrowser, PHONE, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

/**
 * 通知设置 and 发送失败的通知 in the pages: a resident (phone) keeps the SMS default once a number is
 * given; a unit's asset manager chooses e-mail and sets the unit's webhook (http refused, the secret
 * shown once); the administrator sees a dead letter with its reason and sends it again.
 */
describe('outbound channels in the pages', () => {
  let sys: WebSystem;
  let browser: Browser;

  beforeAll(async () => {
    sys = await startWebSystem();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  });

  it(
    'a resident keeps SMS by giving a number',
    async () => {
      const resident = await WebJourney.start(browser, sys.baseUrl, 'notify-resident', PHONE);
      const page = resident.page;
      await resident.signIn('resident-1');
      await resident.open('/resident/notifications');
      await page.getByText('居民默认通过短信通知').waitFor();
      expect(await page.getByRole('checkbox', { name: '短信' }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: '单位 Webhook' }).count()).toBe(0);
      await page.getByRole('button', { name: /^保\s?存$/ }).click();
      await page.getByText('选择短信通知时须填写手机号').waitFor();
      await page.getByLabel('手机号').fill('13800138001');
      await page.getByRole('button', { name: /^保\s?存$/ }).click();
      await page.getByText('通知设置已保存').waitFor();
      await resident.checkPage('saved');
      await resident.finish();
      expect(await sys.query(`SELECT channels, phone, phone_masked FROM notification_preferences WHERE user_id = 'resident-1'`)).toEqual([
        // Sealed for the person: no plain number stored, only its masked copy.
        { channels: ['sms'], phone: null, phone_masked: '138****8001' },
      ]);
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'a resident with a profile finds its number offered for the SMS default',
    async () => {
      const token = await sys.tokenFor('resident-2');
      const profile = await sys
        .http()
        .post('/api/residents/me')
        .set('authorization', `Bearer ${token}`)
        .send({ name: '吴十', phone: '13700004444' });
      expect(profile.status).toBe(200);
      const resident = await WebJourney.start(browser, sys.baseUrl, 'notify-resident-profile', PHONE);
      const page = resident.page;
      await resident.signIn('resident-2');
      await resident.open('/resident/notifications');
      await page.getByText('居民默认通过短信通知').waitFor();
      await page.waitForFunction(
        () => (document.querySelector('input[autocomplete="tel"]') as HTMLInputElement | null)?.value === '13700004444',
      );
      await page.getByRole('button', { name: /^保\s?存$/ }).click();
      await page.getByText('通知设置已保存').waitFor();
      await resident.finish();
      expect(await sys.query(`SELECT channels, phone, phone_masked FROM notification_preferences WHERE user_id = 'resident-2'`)).toEqual([
        // Sealed for the person: no plain number stored, only its masked copy.
        { channels: ['sms'], phone: null, phone_masked: '137****4444' },
      ]);
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'an asset manager chooses e-mail and sets the unit’s webhook',
    async () => {
      const manager = await WebJourney.start(browser, sys.baseUrl, 'notify-manager');
      const page = manager.page;
      await manager.signIn('mgr-sch1');
      await page.getByRole('link', { name: '通知设置' }).click();
      await page.getByRole('heading', { name: '通知设置', level: 3 }).waitFor();
      await page.getByRole('checkbox', { name: '邮件' }).check();
      await page.getByLabel('邮箱地址').fill('mgr-sch1@school.example.cn');
      await page.getByRole('button', { name: /^保\s?存$/ }).click();
      await page.getByText('通知设置已保存').waitFor();

      const url = page.getByLabel('Webhook 地址（https）');
      await url.fill('http://hooks.school.example.cn/warehouse');
      await page.getByRole('button', { name: '保存地址并生成密钥' }).click();
      await page.getByText('Webhook 地址须使用 https').waitFor();
      await url.fill('https://hooks.school.example.cn/warehouse');
      await page.getByRole('button', { name: '保存地址并生成密钥' }).click();
      await page.getByText('签名密钥（只显示这一次').waitFor();
      await page.getByText('最近由 mgr-sch1').waitFor();
      await manager.checkPage('webhook-set');
      await manager.finish();
      expect(await sys.query(`SELECT url, updated_by FROM department_webhooks`)).toEqual([
        { url: 'https://hooks.school.example.cn/warehouse', updated_by: 'mgr-sch1' },
      ]);
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'the administrator sees a dead letter with its reason and sends it again',
    async () => {
      await sys.query(
        `INSERT INTO outbox_messages (message_id, notification_id, channel, user_id, recipient, subject, body, link, status, attempts,
           next_attempt_at, created_at, last_error, dead_at)
         VALUES ('7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d', 'n-web', 'webhook', 'mgr-sch2', 'D-SCH2', '调剂申请已通过', '…', NULL, 'dead', 8,
           now(), now(), 'webhook answered HTTP 502', now())`,
      );
      const admin = await WebJourney.start(browser, sys.baseUrl, 'notify-admin');
      const page = admin.page;
      await admin.signIn('admin');
      await page.getByRole('link', { name: '发送失败的通知' }).click();
      const row = page.getByRole('row').filter({ hasText: 'D-SCH2' });
      await row.getByText('webhook answered HTTP 502').waitFor();
      await admin.checkPage('dead-letter');
      await row.getByRole('button', { name: /重新发送/ }).click();
      await page.getByText('已重新排队发送').waitFor();
      await page.getByText('没有发送失败的通知').waitFor();
      await admin.finish();
      expect(await sys.query(`SELECT retried_by FROM outbox_messages WHERE notification_id = 'n-web'`)).toEqual([{ retried_by: 'admin' }]);
    },
    BROWSER_TEST_TIMEOUT,
  );
});
