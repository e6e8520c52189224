/// <reference lib="dom" />
import { Browser } from 'playwright-core';
import { chooseOption } from '@test/support/browser/antd';
import { BROWSER_TEST_TIMEOUT, launchBrowser, PHONE, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';
import { Queryable } from '@app/read-models/property-map/property-map.queries';
import { haversineMetres } from '@app/read-models/property-map/geo';
import { insertProperties } from '@test/support/property-rows';

/**
 * 物业一张图 with no tiles (the test system's setting): the points and outlines are drawn anyway; a filter
 * narrows them; a marker opens the summary with the way to the property card; property nearby and a
 * place search; the same page at 375 px.
 */
describe('property map page (物业一张图)', () => {
  let sys: WebSystem;
  let browser: Browser;
  let idleId = '';

  beforeAll(async () => {
    sys = await startWebSystem();
    browser = await launchBrowser();
    const db: Queryable = { query: async (sql: string, params?: unknown[]) => (await sys.query(sql, params)) as never };
    [, idleId] = await insertProperties(db, [
      { lng: 114.1229, lat: 22.5487, name: '实验小学教学楼', use: 'school', ownerUnitId: 'D-SCH1', grossAreaSqm: 6000 },
      { lng: 114.1219, lat: 22.5517, name: '实验小学停车场', use: 'parking', status: 'idle', ownerUnitId: 'D-SCH1', grossAreaSqm: 900 },
      {
        lng: 114.118,
        lat: 22.546,
        name: '教育局办公楼',
        use: 'office',
        ownerUnitId: 'D-EDU',
        grossAreaSqm: 3000,
        address: '深圳市罗湖区东门路8号',
      },
      { lng: 114.135, lat: 22.555, name: '人民医院门诊楼', use: 'business', status: 'leased', ownerUnitId: 'D-HOSP1' },
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  });

  it(
    'shows the 主管部门 its property without tiles, filters by status, opens the summary, nearby and the card link',
    async () => {
      const j = await WebJourney.start(browser, sys.baseUrl, 'property-map-desktop');
      const page = j.page;
      await j.signIn('mgr-edu');
      await page.getByRole('link', { name: '物业一张图' }).click();
      await page.getByRole('heading', { name: '物业一张图', level: 3 }).waitFor();
      await page.getByText('未配置底图').waitFor();
      const marker = (name: string) => page.getByRole('button', { name });
      await marker('实验小学教学楼（在用）').waitFor();
      await marker('实验小学停车场（闲置）').waitFor();
      await marker('教育局办公楼（在用）').waitFor();
      // The hospital is not the education bureau's: not on its map.
      expect(await page.getByRole('button', { name: /人民医院/ }).count()).toBe(0);
      await page.getByRole('status').filter({ hasText: '当前范围内 3 处物业' }).waitFor();
      // The legend says each status in words beside its mark.
      for (const word of ['在用', '闲置', '出租出借', '待处置'])
        await page.getByRole('listitem').filter({ hasText: word }).first().waitFor();
      await j.checkPage('points');

      await chooseOption(page.getByLabel('状态'), '闲置');
      await page.getByRole('status').filter({ hasText: '当前范围内 1 处物业' }).waitFor();
      expect(await page.getByRole('button', { name: '实验小学教学楼（在用）' }).count()).toBe(0);
      await marker('实验小学停车场（闲置）').click();
      const drawer = page.getByRole('dialog');
      await drawer.getByText('实验小学停车场').first().waitFor();
      await drawer.getByText('区实验小学').waitFor();
      await drawer.getByText('900.0 m²').waitFor();
      await drawer.getByRole('button', { name: '查看周边物业' }).click();
      const near = drawer.getByRole('region', { name: /周边 1000 米内的物业/ });
      await near.getByRole('button', { name: '实验小学教学楼' }).waitFor();
      // The distance as the haversine gives it, in whole metres.
      const metres = Math.round(haversineMetres({ lng: 114.1229, lat: 22.5487 }, { lng: 114.1219, lat: 22.5517 }));
      await near.getByText(`${metres} 米`).waitFor();
      await j.checkPage('summary');
      const card = drawer.getByRole('link', { name: '查看物业卡片' });
      expect(await card.getAttribute('href')).toBe(`/properties/${idleId}`);
      await card.click();
      await page.waitForURL((url) => url.pathname === `/properties/${idleId}`);
      // The core's 物业卡片 opens on the same property.
      await page.getByRole('heading', { level: 3 }).filter({ hasText: '实验小学停车场' }).waitFor();
      await j.finish();
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'finds a place by address and lists what is near it; fits a 375 px phone without sideways scrolling',
    async () => {
      const j = await WebJourney.start(browser, sys.baseUrl, 'property-map-phone', PHONE);
      const page = j.page;
      await j.signIn('fin-approver', '/property-map');
      await page.getByRole('heading', { name: '物业一张图', level: 3 }).waitFor();
      await page.getByRole('button', { name: '人民医院门诊楼（出租出借）' }).waitFor();
      await page.getByRole('searchbox', { name: '搜索地点' }).or(page.getByLabel('搜索地点')).first().fill('东门路');
      await page
        .getByRole('button', { name: /搜索地点|search/ })
        .last()
        .click();
      await page.getByRole('button', { name: '教育局办公楼', exact: true }).click();
      await page
        .getByRole('region', { name: /周边 1000 米内的物业/ })
        .getByRole('button', { name: '实验小学教学楼' })
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await j.checkPage('phone');
      await j.finish();
    },
    BROWSER_TEST_TIMEOUT,
  );
});
