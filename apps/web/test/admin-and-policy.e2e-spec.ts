/// <reference lib="dom" />
import { Browser, Page } from 'playwright-core';
import { chooseOption } from '@test/support/browser/antd';
import { addChinaDays, chinaDate, creditCodeCheckChar } from '@app/shared';
import { launchBrowser, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

const JOURNEY_MS = 420_000;
const creditCode = (n: number) => {
  const first17 = `12110000${String(800 + n).padStart(9, '0')}`;
  return first17 + creditCodeCheckChar(first17);
};

/** 系统管理员 keeps the organisation tree; 财政 records the approval policy with its effective date; 审计 reads it. */
describe('administrator and finance: organisation tree and approval policy', () => {
  let sys: WebSystem;
  let browser: Browser;
  const today = chinaDate(new Date());
  const yesterday = addChinaDays(today, -1);
  const tomorrow = addChinaDays(today, 1);

  beforeAll(async () => {
    sys = await startWebSystem();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  });

  const choose = async (page: Page, label: string, option: string) => {
    await chooseOption(page.getByLabel(label, { exact: true }), option);
  };
  const pickDate = async (page: Page, label: string, date: string) => {
    const input = page.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(date);
    await input.press('Enter');
  };
  const parentOf = async (unitId: string) =>
    (
      await sys.query<{ p: string }>(
        `SELECT data->>'toParentId' AS p FROM event_store.events WHERE stream_id = 'org-tree' AND event_type = 'org.unit-moved.v1' AND data->>'unitId' = $1`,
        [unitId],
      )
    ).map((r) => r.p);

  it(
    'creates a unit under a 主管部门, moves it, and sees the tree as it was yesterday',
    async () => {
      const admin = await WebJourney.start(browser, sys.baseUrl, 'admin-organisation');
      const { page } = admin;
      await admin.signIn('admin');
      await page.getByRole('heading', { name: '组织架构', level: 3 }).waitFor();
      await page.getByTestId('unit-D-EDU').waitFor();
      await admin.checkPage();

      // Create 区第三中学 under 区教育局; a wrong 统一社会信用代码 is refused by its field, nothing written.
      await page.getByRole('button', { name: '新建单位' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('单位编码').fill('D-SCH3');
      await dialog.getByLabel('名称', { exact: true }).fill('区第三中学');
      await choose(page, '上级单位', '区教育局（D-EDU）');
      await choose(page, '单位类型', '学校');
      await dialog.getByLabel('统一社会信用代码').fill(creditCode(1).slice(0, 17) + (creditCode(1)[17] === '0' ? '1' : '0'));
      const before = await sys.countEvents();
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await dialog.getByText(/统一社会信用代码无效/).waitFor();
      expect(await sys.countEvents()).toBe(before);
      await admin.checkPage('create-dialog-error');
      await dialog.getByLabel('统一社会信用代码').fill(creditCode(1));
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await page.getByText('已保存').first().waitFor();
      await page.getByTestId('unit-D-SCH3').waitFor();

      // Move it under 区卫生健康委员会.
      await page.getByRole('button', { name: '调整上级 区第三中学' }).click();
      await choose(page, '新的上级单位', '区卫生健康委员会（D-HEALTH）');
      await admin.checkPage('move-dialog');
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /确\s*定|OK/ })
        .click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      expect(await parentOf('D-SCH3')).toEqual(['D-HEALTH']);
      // Listed under 卫健委, after its hospital, once the page has read the moved tree.
      await page.waitForFunction(() => {
        const rows = Array.from(document.querySelectorAll('[data-testid^="unit-"]'), (e) => e.getAttribute('data-testid'));
        return rows.indexOf('unit-D-SCH3') === rows.indexOf('unit-D-HOSP1') + 1;
      });

      // As of yesterday the new unit did not exist; the seeded tree did.
      await pickDate(page, '查看日期', yesterday);
      await page.getByText(`时点视图：${yesterday} 24:00（北京时间）的组织架构，只读`).waitFor();
      // The stamp shows at once; the rows change when yesterday's tree has loaded: the new unit goes.
      await page.getByTestId('unit-D-SCH3').waitFor({ state: 'detached' });
      await page.getByTestId('unit-D-EDU').waitFor();
      await admin.checkPage('as-of');
      await page.getByRole('button', { name: '回到当前' }).click();
      await page.getByTestId('unit-D-SCH3').waitFor();
      await admin.finish();
    },
    JOURNEY_MS,
  );

  it(
    'finance records a lower threshold from tomorrow; a past date is refused by its field; the auditor sees both versions',
    async () => {
      const finance = await WebJourney.start(browser, sys.baseUrl, 'finance-policy');
      const { page } = finance;
      await finance.signIn('fin-approver');
      await page.getByRole('link', { name: '审批规则' }).click();
      await page.getByRole('heading', { name: '审批规则', level: 3 }).waitFor();
      const inForce = page.getByTestId('policy-in-force');
      await inForce.getByText('¥50,000.00').first().waitFor(); // 调剂 and 处置 thresholds alike
      await finance.checkPage();

      const before = await sys.countEvents();
      await pickDate(page, '生效日期', yesterday);
      await page.getByLabel('财政审批金额线', { exact: true }).fill('1,000');
      await page.getByLabel('依据（文号）').fill('区财发〔2026〕12号');
      await page
        .getByRole('button', { name: '登 记' })
        .or(page.getByRole('button', { name: '登记', exact: true }))
        .click();
      await page.getByText('生效日期不能早于今天').waitFor();
      expect(await sys.countEvents()).toBe(before);
      await finance.checkPage('refused');

      await pickDate(page, '生效日期', tomorrow);
      await page
        .getByRole('button', { name: '登 记' })
        .or(page.getByRole('button', { name: '登记', exact: true }))
        .click();
      await page.getByText(`已登记第 2 版，${tomorrow} 起生效`).waitFor();
      await page.getByRole('row', { name: new RegExp(`${tomorrow}.*待生效`) }).waitFor();
      await inForce.getByText('¥50,000.00').first().waitFor(); // today the old rule still applies (调剂 and 处置 alike)

      await pickDate(page, '查看日期', tomorrow);
      await page.getByText(`${tomorrow} 24:00（北京时间）适用的规则`).waitFor();
      await inForce.getByText('¥1,000.00').waitFor();
      await finance.checkPage('as-of');
      await finance.finish();

      const auditor = await WebJourney.start(browser, sys.baseUrl, 'auditor-policy');
      await auditor.signIn('auditor');
      await auditor.open('/finance/approval-policy');
      await auditor.page.getByRole('row', { name: /2020-01-01.*现行/ }).waitFor();
      await auditor.page.getByRole('row', { name: new RegExp(`${tomorrow}.*待生效`) }).waitFor();
      expect(await auditor.page.getByRole('button', { name: /登\s*记/ }).count()).toBe(0);
      await auditor.finish();
    },
    JOURNEY_MS,
  );
});
