/// <reference lib="dom" />
import { Browser, Page } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT, launchBrowser, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

const INITIAL = 'Chushi-Mima-2026';
const CHOSEN = 'Wode-Xinmima-88';

describe('pages: accounts (系统管理员) and password sign-in', () => {
  let sys: WebSystem;
  let browser: Browser;

  beforeAll(async () => {
    sys = await startWebSystem();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  }, BROWSER_TEST_TIMEOUT);

  const choose = async (page: Page, label: string, option: string) => {
    await page.getByRole('dialog').getByLabel(label, { exact: true }).click();
    await page.locator(`.ant-select-item-option[title="${option}"]`).click();
    await page.locator(`.ant-select-item-option-selected[title="${option}"]`).waitFor({ state: 'attached' });
  };
  /** Closes an open drop-down (a multiple choice stays open after a pick) without closing the dialog. */
  const closeDropDown = async (page: Page) => {
    const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    if (await open.count()) await page.keyboard.press('Escape');
    await open.waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .first()
      .waitFor({ state: 'hidden', timeout: 5000 })
      .catch(() => undefined);
  };
  const row = (page: Page, username: string) => page.getByRole('row').filter({ hasText: username });

  it(
    'the administrator creates an account, grants a role, moves it to another unit and disables another',
    async () => {
      const journey = await WebJourney.start(browser, sys.baseUrl, 'accounts-admin');
      await journey.signIn('admin');
      const { page } = journey;
      await page.getByRole('link', { name: '账号管理' }).first().click();
      await page.waitForURL('**/admin/accounts');
      await page.getByRole('heading', { name: '账号管理', level: 3 }).waitFor();
      await row(page, 'mgr-edu').waitFor();
      await journey.checkPage();

      await page.getByRole('button', { name: '新建账号' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('用户名').fill('chen.jiu');
      await dialog.getByLabel('姓名').fill('陈九');
      await choose(page, '角色', '资产管理员');
      await closeDropDown(page);
      await choose(page, '所属单位', '区实验小学（D-SCH1）');
      await closeDropDown(page);
      await dialog.getByLabel('初始密码').fill('weak');
      await journey.checkPage('create-dialog');
      await dialog.getByRole('button', { name: '确认' }).click();
      await dialog
        .getByRole('alert')
        .getByText(/密码不符合要求/)
        .waitFor();
      await dialog.getByLabel('初始密码').fill(INITIAL);
      await dialog.getByRole('button', { name: '确认' }).click();
      await dialog.waitFor({ state: 'detached' });
      await row(page, 'chen.jiu').getByText('待改初始密码').waitFor();

      await page.getByRole('button', { name: '授予角色 chen.jiu' }).click();
      await choose(page, '角色', '单位工作人员');
      await closeDropDown(page);
      await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
      await row(page, 'chen.jiu').getByText('单位工作人员').waitFor();

      await page.getByRole('button', { name: '调动单位 chen.jiu' }).click();
      await choose(page, '所属单位', '区第二中学（D-SCH2）');
      await closeDropDown(page);
      await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
      await row(page, 'chen.jiu').getByText('区第二中学').waitFor();

      await page.getByRole('button', { name: '停用 staff-health' }).click();
      await page.getByRole('dialog').getByLabel('原因').fill('调离本单位');
      await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
      await row(page, 'staff-health').getByText('已停用').waitFor();
      const history = await sys.query<{ type: string; by: string }>(
        `SELECT event_type AS type, data->>'by' AS by FROM event_store.events WHERE stream_id = 'account-chen.jiu' ORDER BY stream_revision`,
      );
      expect(history).toEqual([
        { type: 'account.created.v1', by: 'admin' },
        { type: 'account.role-granted.v1', by: 'admin' },
        { type: 'account.moved.v1', by: 'admin' },
      ]);
      await journey.finish();
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'a new person signs in with a password, must change it first, signs out (the token stops working), and is locked after wrong passwords',
    async () => {
      const admin = await sys.tokenFor('admin');
      await sys
        .http()
        .post('/api/accounts')
        .set('authorization', `Bearer ${admin}`)
        .send({ username: 'liu.shi', displayName: '刘十', roles: ['asset_manager'], departmentId: 'D-SCH1', initialPassword: INITIAL })
        .expect(201);
      const journey = await WebJourney.start(browser, sys.baseUrl, 'accounts-password-sign-in');
      const { page } = journey;
      // The pages run under the API's content security policy: anything it blocks is reported here.
      const blocked: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
      });
      const first = await page.goto('/manager/assets');
      expect(first?.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.getByRole('heading', { name: '登录云公物仓' }).waitFor();
      await page.getByRole('tab', { name: '账号密码登录' }).click();
      await page.getByLabel('用户名').fill('liu.shi');
      await page.getByLabel('密码', { exact: true }).fill(INITIAL);
      await journey.checkPage('password');
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL('**/change-password');
      await page.getByRole('heading', { name: '修改初始密码' }).waitFor();
      await journey.checkPage();
      await page.getByLabel('当前密码（初始密码）').fill(INITIAL);
      await page.getByLabel('新密码', { exact: true }).fill('liu.shi-2026-A');
      await page.getByLabel('再次输入新密码').fill('liu.shi-2026-A');
      await page.getByRole('button', { name: '修改密码' }).click();
      await page
        .getByRole('alert')
        .getByText(/密码不符合要求/)
        .waitFor();
      await page.getByLabel('新密码', { exact: true }).fill(CHOSEN);
      await page.getByLabel('再次输入新密码').fill(CHOSEN);
      await page.getByRole('button', { name: '修改密码' }).click();
      // Back to the page first asked for.
      await page.waitForURL('**/manager/assets');
      await page.getByRole('heading', { name: '资产台账', level: 3 }).waitFor();
      const token = await page.evaluate(() => (JSON.parse(localStorage.getItem('session') as string) as { token: string }).token);
      await page.getByRole('button', { name: '退出登录' }).click();
      await page.waitForURL('**/sign-in');
      expect((await sys.http().get('/api/auth/me').set('authorization', `Bearer ${token}`).expect(401)).body.code).toBe('SESSION_ENDED');

      await page.getByRole('tab', { name: '账号密码登录' }).click();
      await page.getByLabel('用户名').fill('liu.shi');
      for (let i = 0; i < 5; i++) {
        await page.getByLabel('密码', { exact: true }).fill(`Wrong-Pass-${i}x`);
        await page.getByRole('button', { name: '登录' }).click();
        await page.getByRole('alert').waitFor();
      }
      await page
        .getByRole('alert')
        .getByText(/账号已锁定至/)
        .waitFor();
      await journey.checkPage('locked');
      expect(blocked).toEqual([]);
      await journey.finish();
    },
    BROWSER_TEST_TIMEOUT,
  );
});
