/// <reference lib="dom" />
import { Browser } from 'playwright-core';
import { chooseCascaderPath } from '@test/support/browser/antd';
import { launchBrowser, PHONE, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';
import { StaffFixtures } from './support/staff-fixtures';

// Long journeys (several people, Chromium and axe on every page) on a shared 2-core machine.
const JOURNEY_MS = 420_000;

/** 单位工作人员 and approvers, through the pages: feed → claim → 主管部门 review → 财政 approval; purchase gate; demand square; phone feed. */
describe('staff and approvers: warehouse feed, claim, approvals, purchase gate, demand square', () => {
  let sys: WebSystem;
  let browser: Browser;
  let fx: StaffFixtures;
  let projector: { assetId: string; listingId: string };

  beforeAll(async () => {
    sys = await startWebSystem();
    browser = await launchBrowser();
    fx = new StaffFixtures(sys);
    // Idle stock at the 区实验小学 (supervised by 区教育局): a projector and meeting chairs.
    projector = await fx.listWithPhoto(
      'mgr-sch1',
      'D-SCH1',
      { assetNo: 'SCH1-PROJ-01', name: '投影仪', categoryCode: 'A02000000', originalValueFen: 458000, unit: '台' },
      { description: '多媒体教室改造换下，九成新，带遥控器', pickupLocation: '实验小学门卫室', condition: 'good' },
      [40, 90, 200],
    );
    await fx.listWithPhoto(
      'mgr-sch1',
      'D-SCH1',
      { assetNo: 'SCH1-CHAIR-01', name: '会议椅', categoryCode: 'A05000000', originalValueFen: 120000, unit: '把' },
      { description: '会议室换新，20 把', pickupLocation: '实验小学后勤仓库', condition: 'fair' },
      [160, 110, 60],
    );
    await sys.projected();
  });
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  });

  it(
    'staff of another unit finds the projector in the feed and claims it with a reason; 主管部门 then 财政 approve it in the inbox',
    async () => {
      const staff = await WebJourney.start(browser, sys.baseUrl, 'staff-claim');
      await staff.signIn('staff-hosp1');
      const { page } = staff;
      await page.waitForURL('**/market');
      await page.getByRole('heading', { name: '公物仓', level: 3 }).waitFor();
      await page.getByTestId('listing-card').first().waitFor();
      await staff.checkPage();
      // Worth ¥5,000 or more: the ¥4,580 projector leaves the feed; cleared, it is back.
      const projectorCard = page.getByTestId('listing-card').filter({ hasText: '投影仪' });
      await projectorCard.waitFor();
      await page.getByLabel('最低价值（元）').fill('5000');
      await page.getByLabel('最低价值（元）').blur();
      await projectorCard.waitFor({ state: 'detached' });
      await page.getByLabel('最低价值（元）').fill('');
      await page.getByLabel('最低价值（元）').blur();
      await projectorCard.waitFor();
      await page.getByLabel('搜索', { exact: true }).fill('投影');
      await page.getByRole('button', { name: '搜索' }).click();
      await page.getByTestId('listing-card').filter({ hasText: '会议椅' }).waitFor({ state: 'detached' });
      const card = page.getByTestId('listing-card').filter({ hasText: '投影仪' });
      expect(await card.innerText()).toMatch(/¥4,580\.00[\s\S]*区实验小学 · 实验小学门卫室[\s\S]*剩 1[34] 天/);
      const photo = card.locator('img[alt="投影仪的照片"]');
      await photo.waitFor();
      expect(await photo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(160);
      await card.getByRole('button', { name: '申领 投影仪' }).click();
      const dialog = page.getByRole('dialog', { name: '申领「投影仪」' });
      await dialog.getByRole('button', { name: '申领' }).click();
      await dialog.getByText('请填写申领理由（至少 2 个字）').waitFor();
      await dialog.getByLabel('申领理由').fill('门诊部示教室缺少投影设备');
      await staff.checkPage();
      await dialog.getByRole('button', { name: '申领' }).click();
      await page.getByText('已提交申领，等待发布单位选定').waitFor();
      await card.getByRole('button', { name: '已申领' }).waitFor();
      // The item page shows where this unit's claim stands.
      await card.getByRole('link', { name: '投影仪' }).click();
      await page.waitForURL(`**/market/${projector.listingId}`);
      await page.getByRole('cell', { name: '门诊部示教室缺少投影设备' }).waitFor();
      expect(await page.getByRole('row', { name: /门诊部示教室缺少投影设备/ }).innerText()).toContain('待选定');
      await staff.checkPage();
      await staff.finish();

      // The listing unit picks the claim (its own page, not under test here): the transfer starts.
      await sys.projected();
      const claims = await sys
        .http()
        .get(`/api/marketplace/${projector.listingId}/claims`)
        .set('authorization', `Bearer ${await fx.token('mgr-sch1')}`)
        .expect(200);
      const claimId = (claims.body as { claimId: string }[])[0].claimId;
      await fx.post('mgr-sch1', `/api/assets/${projector.assetId}/listing/claims/${claimId}/selection`, {}, 200);
      await sys.projected();

      // 主管部门 (区教育局) reviews.
      const reviewer = await WebJourney.start(browser, sys.baseUrl, 'approver-supervisor');
      await reviewer.signIn('mgr-edu');
      await reviewer.open('/approvals');
      const rp = reviewer.page;
      const item = rp.getByTestId('approval-item').filter({ hasText: '投影仪' });
      await item.waitFor();
      const text = await item.innerText();
      expect(text).toContain('待办环节：主管部门审核');
      expect(text).toContain('门诊部示教室缺少投影设备');
      expect(text).toMatch(/调出单位\s*区实验小学/);
      expect(text).toMatch(/调入单位\s*区人民医院/);
      expect(text).toContain('¥4,580.00');
      expect(text).toContain('¥3,435.00');
      await item.getByRole('button', { name: '资产卡片' }).click();
      await item.getByText('爱普生').waitFor();
      await reviewer.checkPage();
      await item.getByRole('button', { name: '通过 投影仪' }).click();
      const approve = rp.getByRole('dialog', { name: '通过「投影仪」的调剂' });
      await approve.getByLabel('审批意见').fill('同意调剂给区人民医院');
      await approve.getByRole('button', { name: '通过' }).click();
      await rp.getByText('没有等待您审批的调剂').waitFor();
      await approve.waitFor({ state: 'hidden' });
      await reviewer.checkPage();
      // 已处理: the review just given, with the decision and the chain.
      await rp.getByRole('tab', { name: '已处理' }).click();
      const done = rp.getByTestId('approval-item').filter({ hasText: '投影仪' });
      await done
        .getByTestId('my-decision')
        .getByText(/我的决定：已通过/)
        .waitFor();
      expect(await done.getByRole('button', { name: '通过 投影仪' }).count()).toBe(0);
      await reviewer.checkPage();
      await reviewer.finish();
      await sys.projected();

      // 财政 approves: the chain so far shows the review with its comment.
      const finance = await WebJourney.start(browser, sys.baseUrl, 'approver-finance');
      await finance.signIn('fin-approver');
      const fp = finance.page;
      await fp.waitForURL('**/approvals');
      const waiting = fp.getByTestId('approval-item').filter({ hasText: '投影仪' });
      await waiting.waitFor();
      const chain = await waiting.getByLabel('审批链').innerText();
      expect(chain).toMatch(/主管部门审核（已通过）\s*区教育局 · 同意调剂给区人民医院/);
      expect(chain).toContain('财政审批（待审批）');
      await finance.checkPage();
      await waiting.getByRole('button', { name: '驳回 投影仪' }).click();
      const reject = fp.getByRole('dialog', { name: '驳回「投影仪」的调剂' });
      await reject.getByRole('button', { name: '驳回' }).click();
      await reject.getByText('请填写驳回理由（至少 2 个字）').waitFor();
      await reject.getByRole('button', { name: '取消' }).click();
      await reject.waitFor({ state: 'hidden' });
      await waiting.getByRole('button', { name: '通过 投影仪' }).click();
      await fp.getByRole('dialog', { name: '通过「投影仪」的调剂' }).getByRole('button', { name: '通过' }).click();
      await fp.getByText('没有等待您审批的调剂').waitFor();
      await fp.getByRole('dialog', { name: '通过「投影仪」的调剂' }).waitFor({ state: 'hidden' });
      await finance.checkPage();
      await finance.finish();
      await sys.projected();
      const transfers = await sys
        .http()
        .get(`/api/transfers?departmentId=D-HOSP1`)
        .set('authorization', `Bearer ${await fx.token('fin-approver')}`)
        .expect(200);
      expect(transfers.body).toEqual([
        expect.objectContaining({
          assetId: projector.assetId,
          status: 'awaiting_handover',
          steps: [
            expect.objectContaining({ kind: 'supervisor_review', status: 'approved', comment: '同意调剂给区人民医院' }),
            expect.objectContaining({ kind: 'finance_approval', status: 'approved', byDepartmentId: 'D-FINANCE' }),
          ],
        }),
      ]);
    },
    JOURNEY_MS,
  );

  it(
    'a purchase request hits the gate, shows the idle stock, and goes ahead only with a recorded reason',
    async () => {
      await fx.listWithPhoto(
        'mgr-sch1',
        'D-SCH1',
        { assetNo: 'SCH1-PC-01', name: '台式计算机', categoryCode: 'A02000000', originalValueFen: 499900, unit: '台' },
        { description: '机房淘汰，可正常使用', pickupLocation: '实验小学机房', condition: 'fair' },
        [90, 90, 90],
      );
      await sys.projected();
      const journey = await WebJourney.start(browser, sys.baseUrl, 'staff-purchase-gate');
      await journey.signIn('staff-hosp1');
      await journey.open('/purchases');
      const { page } = journey;
      await chooseCascaderPath(page.getByLabel('分类'), ['A02000000 设备']);
      await page.getByLabel('预计金额（元）').fill('12,000');
      await page.getByLabel('用途').fill('放射科阅片工作站');
      await page.getByRole('button', { name: '查仓并提交' }).click();
      await page.getByText('仓内有 1 件同类闲置资产').waitFor();
      await page.getByTestId('listing-card').filter({ hasText: '台式计算机' }).waitFor();
      await journey.checkPage();
      await page.getByRole('button', { name: '说明理由，继续采购' }).click();
      await page.getByText('请填写继续采购的理由').waitFor();
      await page.getByLabel('继续采购的理由').fill('阅片需要医用级显示器和高性能显卡，仓内机型不符');
      await page.getByRole('button', { name: '说明理由，继续采购' }).click();
      // Said twice on purpose: in the page's result and in a passing notice.
      await page.getByText('已记录理由，采购申请继续').first().waitFor();
      const row = page.getByRole('row', { name: /放射科阅片工作站/ });
      await row.getByText('已说明理由，继续采购').waitFor();
      expect(await row.innerText()).toContain('¥12,000.00');
      expect(await row.innerText()).toContain('阅片需要医用级显示器和高性能显卡，仓内机型不符');
      await journey.checkPage();
      await journey.finish();
      const stored = await sys.query<{ t: string; reason: string }>(
        `SELECT event_type AS t, data->>'reason' AS reason FROM event_store.events WHERE event_type = 'purchase.gate-overridden.v1'`,
      );
      expect(stored).toEqual([{ t: 'purchase.gate-overridden.v1', reason: '阅片需要医用级显示器和高性能显卡，仓内机型不符' }]);
    },
    JOURNEY_MS,
  );

  it(
    'a need posted in the demand square shows the matching idle stock',
    async () => {
      const journey = await WebJourney.start(browser, sys.baseUrl, 'staff-demand');
      await journey.signIn('staff-hosp1');
      await journey.open('/demands');
      const { page } = journey;
      await chooseCascaderPath(page.getByLabel('分类'), ['A05000000 家具和用具']);
      await page.getByLabel('数量').fill('10');
      await page.getByLabel('需要日期').fill('2026-12-31');
      await page.getByLabel('用途').fill('候诊区座椅');
      await page.getByRole('button', { name: '发布需求' }).click();
      await page.getByText('需求已发布').waitFor();
      const match = page.getByTestId('listing-card').filter({ hasText: '会议椅' });
      await match.waitFor();
      expect(await match.innerText()).toContain('一般');
      expect(await page.getByRole('row', { name: /候诊区座椅/ }).innerText()).toMatch(
        /A05000000 家具和用具[\s\S]*10[\s\S]*区人民医院[\s\S]*2026-12-31/,
      );
      await journey.checkPage();

      // Met by a transfer: the unit closes the need with the reason; it leaves the open needs.
      await page.getByRole('button', { name: '关闭需求：候诊区座椅' }).click();
      const dialog = page.getByRole('dialog', { name: '关闭需求「候诊区座椅」' });
      await dialog.getByRole('button', { name: '关闭需求' }).click();
      await dialog.getByText('请填写关闭原因（至少 2 个字）').waitFor();
      await dialog.getByLabel('关闭原因').fill('已通过调剂解决');
      await journey.checkPage();
      await dialog.getByRole('button', { name: '关闭需求' }).click();
      await page.getByText('需求已关闭').waitFor();
      await page.getByRole('row', { name: /候诊区座椅/ }).waitFor({ state: 'detached' });
      await journey.finish();
    },
    JOURNEY_MS,
  );

  it(
    'works on a 375 px phone: two columns of cards, large claim buttons, no horizontal scroll, bottom tabs',
    async () => {
      const journey = await WebJourney.start(browser, sys.baseUrl, 'staff-feed-phone', PHONE);
      await journey.signIn('staff-edu');
      const { page } = journey;
      await page.waitForURL('**/market');
      const cards = page.getByTestId('listing-card');
      await cards.first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      const boxes = await Promise.all((await cards.all()).slice(0, 2).map((c) => c.boundingBox()));
      expect(boxes[0] && boxes[1] && Math.abs(boxes[0].y - boxes[1].y) < 2 && boxes[1].x > boxes[0].x + boxes[0].width - 1).toBe(true);
      const claim = await cards.filter({ hasText: '会议椅' }).getByRole('button', { name: '申领 会议椅' }).boundingBox();
      expect(claim?.height).toBeGreaterThanOrEqual(44);
      const tabs = page.getByRole('navigation', { name: 'tabs' });
      expect(await tabs.getByRole('link').allInnerTexts()).toEqual(['公物仓', '需求广场', '采购申请']);
      await journey.checkPage();
      await journey.finish();
    },
    JOURNEY_MS,
  );
});
