/// <reference lib="dom" />
import { Browser } from 'playwright-core';
import { solidPng } from '@test/support/browser/png';
import { chooseCascaderPath } from '@test/support/browser/antd';
import { BROWSER_TEST_TIMEOUT, launchBrowser, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

/**
 * 资产管理员 journey through the pages: register (with a draft surviving an expired sign-in) → list
 * with a photo → another department claims (API) → pick the claim → approvals (API) → both sides
 * confirm the handover in the pages → the card shows the new unit and every step of its history.
 */
describe('asset manager: register → list with photo → pick claim → handover → card and history', () => {
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

  const api = async (who: string, path: string, body: object) => {
    const token = await sys.tokenFor(who);
    const res = await sys.http().post(path).set('authorization', `Bearer ${token}`).send(body);
    if (res.status >= 300) throw new Error(`${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { transferId?: string; claimId?: string };
  };

  it(
    'walks the whole warehouse journey of one asset',
    async () => {
      const seller = await WebJourney.start(browser, sys.baseUrl, 'manager-journey-seller');
      const page = seller.page;
      await seller.signIn('mgr-sch1');
      await page.getByRole('heading', { name: '工作台', level: 3 }).waitFor();
      await seller.checkPage();

      // The register is empty; register an asset from it.
      await page.getByRole('link', { name: '资产台账' }).click();
      await page.getByRole('heading', { name: '资产台账', level: 3 }).waitFor();
      await seller.checkPage();
      // Labels for an empty register: the page says there is nothing to print rather than saving an empty sheet.
      await page.getByRole('button', { name: '打印标签' }).click();
      await page.getByText('没有符合条件的资产，无标签可打印').waitFor();
      await page.getByRole('button', { name: '资产登记' }).click();
      await page.getByRole('heading', { name: '资产登记', level: 3 }).waitFor();
      await page.getByLabel('资产编号').fill('SCH1-PROJ-2026-01');
      await page.getByLabel('名称', { exact: true }).fill('激光投影仪');
      await chooseCascaderPath(page.getByLabel('资产分类', { exact: true }), ['A02000000 设备']);
      await page.getByLabel('使用人').fill('李老师');
      await page.getByLabel('存放地点').fill('教学楼 301 教室');
      await page.getByLabel('取得日期').fill('2023-09-01');
      await page.getByLabel('原值（元）').fill('12,800.50');
      await page.getByLabel('累计折旧（元）').fill('3200');
      await seller.checkPage('filled');

      // The session ends while the form is half done (access and refresh token refused): sign in again, the form comes back filled.
      await page.evaluate(() => {
        const stored = JSON.parse(localStorage.getItem('session') as string) as { token: string; refreshToken: string };
        localStorage.setItem('session', JSON.stringify({ ...stored, token: `${stored.token}x`, refreshToken: `${stored.refreshToken}x` }));
      });
      await page.getByRole('button', { name: '登记', exact: true }).click();
      await page.getByText('登录已过期，请重新登录').waitFor();
      await page.getByRole('radio', { name: /· mgr-sch1）/ }).check();
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL('**/manager/assets/new');
      await page.getByText('已恢复未提交的草稿').waitFor();
      expect(await page.getByLabel('原值（元）').inputValue()).toBe('12,800.50');
      expect(await page.getByLabel('资产编号').inputValue()).toBe('SCH1-PROJ-2026-01');

      // A field the API refuses shows its message under that field, nothing is written.
      await page.getByLabel('资产编号').fill('坏编号 with spaces and far too long '.repeat(3));
      await page.getByRole('button', { name: '登记', exact: true }).click();
      await page.locator('#assetNo_help, [id$="assetNo_help"]').first().waitFor();
      await page.getByLabel('资产编号').fill('SCH1-PROJ-2026-01');
      await page.getByRole('button', { name: '登记', exact: true }).click();

      // The card, then list it as idle with a photo (preview before sending).
      await page.waitForURL(/\/manager\/assets\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: '激光投影仪 · SCH1-PROJ-2026-01' }).waitFor();
      await page.getByText('¥12,800.50').first().waitFor();
      await page.getByText('¥9,600.50').first().waitFor();
      await seller.checkPage();
      const assetId = page.url().split('/').pop() as string;
      await page.getByRole('button', { name: '闲置入仓' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('闲置说明').fill('九成新，带遥控器和 HDMI 线');
      await dialog
        .locator('input[type=file]')
        .setInputFiles({ name: 'projector.png', mimeType: 'image/png', buffer: solidPng(64, 48, [40, 90, 200]) });
      await dialog.locator('.ant-upload-list-item-done').waitFor();
      await dialog
        .getByRole('link', { name: /preview|预览/i })
        .or(dialog.locator('.ant-upload-list-item-actions a').first())
        .first()
        .click();
      await page.locator('.ant-image-preview-img').waitFor();
      await seller.checkPage('photo-preview');
      await page.keyboard.press('Escape');
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await page.getByText('九成新，带遥控器和 HDMI 线').first().waitFor();
      await page.getByRole('img', { name: /激光投影仪 照片 1/ }).waitFor();
      await seller.checkPage('listed');

      // Another department's staff claims it (API), the manager picks that claim on the claims page.
      await api('staff-hosp1', `/api/assets/${assetId}/listing/claims`, { justification: '门诊部示教室缺投影设备' });
      await sys.projected();
      await page.getByRole('link', { name: '申领处理' }).click();
      await page.getByText('门诊部示教室缺投影设备').waitFor();
      await seller.checkPage();
      await page.getByRole('button', { name: '选定' }).click();
      await page.getByRole('tooltip').getByRole('button', { name: '确认' }).click();
      await page.getByText('已选定，调剂进入审批流程').waitFor();

      // 主管部门 review and 财政 approval go through the API (their pages are the approvals inbox).
      await sys.projected();
      const [transfer] = (await sys.query<{ transfer_id: string }>('SELECT transfer_id FROM transfers WHERE asset_id = $1', [assetId])).map(
        (r) => r.transfer_id,
      );
      await api('mgr-edu', `/api/assets/${assetId}/transfers/${transfer}/decisions`, { approve: true, comment: '同意调剂' });
      await api('fin-approver', `/api/assets/${assetId}/transfers/${transfer}/decisions`, { approve: true, comment: '跨主管部门，同意' });
      await sys.projected();

      // Releasing side confirms the handover on the transfers page.
      await page.getByRole('link', { name: '调剂与交接' }).click();
      await page.getByRole('button', { name: '确认交接（调出方）' }).click();
      await page.getByRole('tooltip').getByRole('button', { name: '确认' }).click();
      await page.getByText('调出方 已确认').waitFor();
      await seller.checkPage();
      await seller.finish();

      // Receiving side confirms on its own transfers page; the card then belongs to 区人民医院.
      const buyer = await WebJourney.start(browser, sys.baseUrl, 'manager-journey-card');
      await buyer.signIn('mgr-hosp1');
      await buyer.page.getByRole('link', { name: '调剂与交接' }).click();
      await buyer.page.getByRole('button', { name: '确认交接（接收方）' }).click();
      const receive = buyer.page.getByRole('dialog');
      await receive.getByRole('button', { name: '确认交接' }).click();
      await receive.getByText('请填写接收后的使用人').waitFor();
      await receive.getByLabel('使用人').fill('王医生');
      await receive.getByLabel('存放地点').fill('门诊楼3楼示教室');
      await buyer.checkPage();
      await receive.getByRole('button', { name: '确认交接' }).click();
      await buyer.page.getByRole('tab', { name: '已结束' }).click();
      await buyer.page.getByText('接收方 已确认').waitFor();
      await buyer.checkPage();
      await buyer.open(`/manager/assets/${assetId}`);
      await buyer.page.getByTestId('card-department').getByText('区人民医院').waitFor();
      await buyer.page.getByText('王医生').first().waitFor();
      const steps = await buyer.page.getByTestId('history-entry').allInnerTexts();
      const kinds = steps.map((s) => s.split(/\s/)[0]);
      expect(kinds).toEqual([
        '登记入账',
        '闲置入仓',
        '申领',
        '选定申领',
        '审批通过',
        '审批通过',
        '确认交接',
        '确认交接',
        '已交接，卡片转入接收单位',
      ]);
      expect(steps[4]).toContain('主管部门审核');
      expect(steps[5]).toContain('财政审批');
      await buyer.checkPage();
      await buyer.finish();
    },
    BROWSER_TEST_TIMEOUT,
  );
});
