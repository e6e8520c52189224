/// <reference lib="dom" />
import { Browser } from 'playwright-core';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { PropertyRegistered } from '@app/property';
import { BROWSER_TEST_TIMEOUT, launchBrowser, PHONE, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';
import { appendPropertyRegistered } from '@test/support/property-registration';

const CENTRE = { lng: 114.131, lat: 22.548 };
/** A point `metres` east of the centre. */
const east = (metres: number) => ({ lng: CENTRE.lng + metres / (111_320 * Math.cos((CENTRE.lat * Math.PI) / 180)), lat: CENTRE.lat });

/**
 * 空间需求 in the pages: the hospital's manager posts a need on a phone, sees vacant rooms ranked with
 * their reasons, takes the best; 区教育局 approves in 调配审批, finance approves, and the hospital
 * confirms the handover.
 */
describe('space needs (空间使用需求): post a need, ranked matches with reasons, take one, approve, hand over', () => {
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

  const register = async (propertyNo: string, name: string, metres: number, over: Partial<PropertyRegistered['data']> = {}) =>
    void (await appendPropertyRegistered(sys.app.get<EventStore>(EVENT_STORE), propertyNo, east(metres), new Date(), { name, ...over }));

  it(
    'posts a need at phone width, takes the best-ranked room, and the room is handed over after approval',
    async () => {
      await register('LH-WEB-301', '行政楼 301', 600);
      await register('LH-WEB-302', '行政楼 302', 1500, { grossAreaSqm: 90 });
      await register('LH-WEB-303', '行政楼 303', 300, { use: 'business' });
      await sys.projected();

      const hospital = await WebJourney.start(browser, sys.baseUrl, 'space-needs-hospital', PHONE);
      const page = hospital.page;
      await hospital.signIn('mgr-hosp1');
      await hospital.open('/space-needs');
      await page.getByRole('button', { name: '发布需求' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('需求名称').fill('医务科办公用房');
      await dialog.getByLabel('面积下限（㎡）').fill('100');
      await dialog.getByLabel('面积上限（㎡）').fill('150');
      await dialog.getByLabel('经度').fill(String(CENTRE.lng));
      await dialog.getByLabel('纬度').fill(String(CENTRE.lat));
      await dialog.getByLabel('用途说明').fill('医务科扩编后办公');
      await hospital.checkPage('post-form');
      await dialog.getByRole('button', { name: '发布需求' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const row = page.getByRole('row').filter({ hasText: '医务科办公用房' });
      await row.getByText('待匹配').waitFor();

      await row.getByRole('link', { name: /查看匹配/ }).click();
      await page.getByRole('heading', { name: '匹配结果：医务科办公用房', level: 3 }).waitFor();
      const cards = page.getByTestId('match-card');
      await cards.first().waitFor();
      // Ranked: the room meeting every criterion first, the one below the area range after it; the business room is no candidate.
      expect(await cards.count()).toBe(2);
      await cards.nth(0).getByText('1. 行政楼 301').waitFor();
      await cards.nth(1).getByText('2. 行政楼 302').waitFor();
      const best = cards.nth(0).getByTestId('match-reasons');
      await best.getByText('用途相符（办公用房）').waitFor();
      await best.getByText('面积 120.0㎡ 在需求 100.0–150.0㎡ 内').waitFor();
      await best.getByText(/^距离 \d+ 米，在 2\.0 公里范围内$/).waitFor();
      await best.getByText(/起空置，\d{4}-\d{2}-\d{2} 起可用$/).waitFor();
      await cards.nth(1).getByText('面积 90.0㎡ 小于需求 100.0–150.0㎡ 的下限（未满足）').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await hospital.checkPage('matches');

      await page.getByRole('button', { name: '选用 LH-WEB-301' }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /选\s?用/ })
        .click();
      await page.getByRole('heading', { name: '物业调配', level: 3 }).waitFor();
      await page.getByRole('row').filter({ hasText: 'LH-WEB-301' }).getByText('主管部门审核').waitFor();
      await hospital.finish();

      // 区教育局 (the owner's 主管部门) approves in 调配审批; finance approves through the API.
      const education = await WebJourney.start(browser, sys.baseUrl, 'space-needs-education');
      await education.signIn('mgr-edu');
      await education.open('/space-allocations/approvals');
      const card = education.page.getByTestId('allocation-card').filter({ hasText: 'LH-WEB-301' });
      await card.getByRole('button', { name: /同\s?意/ }).click();
      const decide = education.page.getByRole('dialog');
      await decide.getByLabel('审批意见').fill('同意调配');
      await decide.getByRole('button', { name: /同\s?意/ }).click();
      await education.page.getByText('没有等待您审批的调配').waitFor();
      await education.finish();
      const allocations = await sys
        .http()
        .get('/api/space-allocations')
        .set('authorization', `Bearer ${await sys.tokenFor('fin-approver')}`);
      const allocationId = (allocations.body as { allocationId: string; propertyNo: string }[]).find(
        (a) => a.propertyNo === 'LH-WEB-301',
      )!.allocationId;
      const finance = await sys
        .http()
        .post(`/api/space-allocations/${allocationId}/decision`)
        .set('authorization', `Bearer ${await sys.tokenFor('fin-approver')}`)
        .send({ approve: true });
      expect(finance.status).toBe(200);
      await sys.projected();

      // The hospital confirms the handover: the room is now occupied by it, and the need fulfilled.
      const receiver = await WebJourney.start(browser, sys.baseUrl, 'space-needs-handover', PHONE);
      await receiver.signIn('mgr-hosp1');
      await receiver.open('/space-allocations');
      const allocationRow = receiver.page.getByRole('row').filter({ hasText: 'LH-WEB-301' });
      await allocationRow.getByText('待交接').waitFor();
      await allocationRow.getByRole('button', { name: '确认交接' }).click();
      const handover = receiver.page.getByRole('dialog');
      await handover.getByLabel('交接备注').fill('钥匙 3 把');
      await receiver.checkPage('handover');
      await handover.getByRole('button', { name: '确认交接' }).click();
      await handover.waitFor({ state: 'hidden' });
      await receiver.page.getByRole('row').filter({ hasText: 'LH-WEB-301' }).getByText('已交接').waitFor();
      await receiver.open('/space-needs');
      await receiver.page.getByRole('row').filter({ hasText: '医务科办公用房' }).getByText('已满足').waitFor();
      await receiver.finish();
      const [room] = await sys.query<{ occupant_unit_id: string }>('SELECT occupant_unit_id FROM properties WHERE property_no = $1', [
        'LH-WEB-301',
      ]);
      expect(room.occupant_unit_id).toBe('D-HOSP1');
    },
    BROWSER_TEST_TIMEOUT,
  );
});
