/// <reference lib="dom" />
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { SmsSender } from '@app/platform/sms/sms-sender';
import { LogSmsSender } from '@app/platform/sms/log-sms-sender';
import { clock } from '@test/support/test-clock';
import { BROWSER_TEST_TIMEOUT, launchBrowser, PHONE, SCREENSHOT_DIR, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

const NUMBER = '13612345678';

describe('a resident signs up with a mobile number and a code by SMS, on a phone', () => {
  let sys: WebSystem;
  let browser: Browser;
  beforeAll(async () => {
    sys = await startWebSystem();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    clock.reset();
    await browser?.close();
    await sys?.close();
  });

  /** The code the development provider "delivered" (its test hook). */
  const codeSent = () => /验证码是 (\d{6})/.exec((sys.app.get(SmsSender) as LogSmsSender).latestTo(NUMBER)?.text ?? '')?.[1] ?? '';

  it(
    '获取验证码 counts down; a second request, a wrong and an expired code are told in words; the right one lands on the resident home page',
    async () => {
      const r = await WebJourney.start(browser, sys.baseUrl, 'resident-phone-sign-up', PHONE);
      const page = r.page;
      const openPhoneEntry = async () => {
        await page.goto('/');
        await page.getByRole('heading', { name: '登录云公物仓' }).waitFor();
        await page.getByText('居民手机号登录').click();
        await page.getByRole('heading', { name: '手机号登录/注册' }).waitFor();
      };
      const alert = () => page.getByRole('alert').filter({ hasNotText: /^$/ }).first();
      await openPhoneEntry();
      await r.checkPage('phone entry');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

      // The number is checked before anything is sent.
      await page.getByRole('textbox', { name: '手机号', exact: true }).fill('12345678901');
      await page.getByRole('button', { name: '获取验证码' }).click();
      await page.getByText('请输入正确的 11 位手机号码').waitFor();
      expect((sys.app.get(SmsSender) as LogSmsSender).countTo('12345678901')).toBe(0);

      await page.getByRole('textbox', { name: '手机号', exact: true }).fill(NUMBER);
      await page.getByRole('button', { name: '获取验证码' }).click();
      const countdown = page.getByRole('button', { name: /\d+ 秒后重新获取/ });
      await countdown.waitFor();
      expect(await countdown.isDisabled()).toBe(true);
      await page.getByText('验证码已发送，5 分钟内有效').waitFor();
      const first = codeSent();
      expect(first).toMatch(/^\d{6}$/);
      await r.checkPage('code sent');

      // A fresh page does not know the countdown: the server's cool-down is told with the seconds to wait.
      await openPhoneEntry();
      await page.getByRole('textbox', { name: '手机号', exact: true }).fill(NUMBER);
      await page.getByRole('button', { name: '获取验证码' }).click();
      await page.getByText(/获取过于频繁，请 \d+ 秒后再试/).waitFor();
      await countdown.waitFor();
      expect(codeSent()).toBe(first);

      await page.getByRole('textbox', { name: '验证码', exact: true }).fill(first === '000000' ? '111111' : '000000');
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await page.getByText('验证码不正确，还可尝试 4 次').waitFor();
      await r.checkPage('wrong code');
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'resident-phone-wrong-code.png'), fullPage: true });
      expect(await alert().innerText()).toContain('验证码不正确');

      clock.travel(301_000);
      await page.getByRole('textbox', { name: '验证码', exact: true }).fill(first);
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await page.getByText('验证码已过期，请重新获取').waitFor();

      // A new code (the cool-down has passed on the server's clock) signs up and lands on the resident's home page.
      await openPhoneEntry();
      await page.getByRole('textbox', { name: '手机号', exact: true }).fill(NUMBER);
      await page.getByRole('button', { name: '获取验证码' }).click();
      await countdown.waitFor();
      const second = codeSent();
      expect(second).toMatch(/^\d{6}$/);
      await page.getByRole('textbox', { name: '验证码', exact: true }).fill(second);
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await page.waitForURL('**/resident/spaces');
      await page.locator('nav[aria-label="tabs"] a[href="/resident/profile"]').waitFor();
      await r.checkPage();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

      const me = await page.evaluate(
        () => JSON.parse(localStorage.getItem('session') ?? '{}') as { actor?: { role: string; userId: string } },
      );
      expect(me.actor).toMatchObject({ role: 'resident', userId: expect.stringMatching(/^r-[0-9a-f]{24}$/) });
      const accounts = await sys.query<{ n: string }>(
        `SELECT count(*) AS n FROM event_store.events WHERE event_type = 'account.created.v1' AND stream_id = $1`,
        [`account-${me.actor?.userId}`],
      );
      expect(Number(accounts[0].n)).toBe(1);
      expect((await r.finish()).endsWith('.png')).toBe(true);
    },
    BROWSER_TEST_TIMEOUT,
  );
});
