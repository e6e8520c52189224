/// <reference lib="dom" />
import { Browser } from 'playwright-core';
import { chooseOption } from '@test/support/browser/antd';
import { BROWSER_TEST_TIMEOUT, launchBrowser, PHONE, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

const WIDE = { width: 1440, height: 900 };

/**
 * 物业登记 in the pages: an asset manager registers a school building (coordinates read off 高德, so GCJ-02)
 * and a room in it from the building's card, sees the room on the building's card and the building on the
 * room's; on a 375 px phone the register lists both as cards, without sideways scrolling, and opens the card.
 */
describe('property register (物业台账, 物业登记, 物业卡片) in the browser', () => {
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
    'registers a building and a room, shows the card at 1440 px and the register at 375 px',
    async () => {
      const manager = await WebJourney.start(browser, sys.baseUrl, 'property-register-1440', WIDE);
      const page = manager.page;
      await manager.signIn('mgr-sch1');
      await page.getByRole('link', { name: '物业台账' }).click();
      await page.getByRole('heading', { name: '物业台账', level: 3 }).waitFor();
      await page.getByRole('button', { name: /物业登记/ }).click();
      await page.getByRole('heading', { name: '物业登记', level: 3 }).waitFor();
      await manager.checkPage('form');

      await page.getByLabel('物业编号').fill('WEB-B1');
      await page.getByLabel('名称').fill('实验小学教学楼');
      await page.getByLabel('地址').fill('罗湖区翠竹路2001号');
      await page.getByText('GCJ-02（高德、腾讯地图）').click();
      expect(await page.getByRole('radio', { name: /GCJ-02/ }).isChecked()).toBe(true);
      await page.getByLabel('经度').fill('114.136');
      await page.getByLabel('纬度').fill('22.5452');
      await page.getByLabel('建筑面积（m²）').fill('5200.5');
      await chooseOption(page.getByLabel('用途'), '学校');
      await page.getByRole('button', { name: /^登\s?记$/ }).click();

      // The card: stored as WGS-84 (west of what was typed), the rules' words for the use, no rooms yet.
      await page.getByRole('heading', { level: 3 }).filter({ hasText: '实验小学教学楼 · WEB-B1' }).waitFor();
      await page.getByText(/^114\.13\d+, 22\.54\d+（WGS-84）$/).waitFor();
      expect(await page.getByText('114.136000, 22.545200（WGS-84）').count()).toBe(0);
      await manager.checkPage('building');

      // A room in it, from the card: kind and parent come filled in.
      await page.getByRole('button', { name: '添加下属物业' }).click();
      await page.getByRole('heading', { name: '物业登记', level: 3 }).waitFor();
      await page.locator('.ant-select').filter({ hasText: 'WEB-B1 实验小学教学楼' }).waitFor();
      await page.getByLabel('物业编号').fill('WEB-B1-101');
      await page.getByLabel('名称').fill('风雨操场');
      await page.getByLabel('建筑面积（m²）').fill('900');
      await chooseOption(page.getByLabel('用途'), '体育场馆');
      await chooseOption(page.getByLabel('状态'), '闲置');
      await page.getByRole('button', { name: /^登\s?记$/ }).click();
      await page.getByRole('heading', { level: 3 }).filter({ hasText: '风雨操场 · WEB-B1-101' }).waitFor();
      // The room names its building, takes its address, and may be surveyed for 应开尽开.
      await page.getByRole('link', { name: 'WEB-B1 实验小学教学楼' }).waitFor();
      await page.getByText('罗湖区翠竹路2001号').waitFor();
      await page.getByRole('button', { name: '应开尽开摸底' }).waitFor();
      await page.getByRole('link', { name: 'WEB-B1 实验小学教学楼' }).click();
      await page.getByRole('link', { name: 'WEB-B1-101 风雨操场' }).waitFor();
      await manager.checkPage('building-with-room');
      await manager.finish();

      // On a phone: the register as cards, no sideways scroll; a card opens the property.
      const phone = await WebJourney.start(browser, sys.baseUrl, 'property-register-375', PHONE);
      await phone.signIn('mgr-sch1');
      await phone.open('/properties');
      await phone.page.getByText('实验小学教学楼').waitFor();
      await phone.page.getByText('风雨操场').waitFor();
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await phone.page.getByText('风雨操场').click();
      await phone.page.getByRole('heading', { level: 3 }).filter({ hasText: '风雨操场 · WEB-B1-101' }).waitFor();
      await phone.checkPage('phone-card');
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await phone.finish();
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'lists an idle property’s 房屋和构筑物 card in the warehouse from the property card',
    async () => {
      const token = await sys.tokenFor('mgr-sch1');
      const send = (path: string, body: object) => sys.http().post(path).set('authorization', `Bearer ${token}`).send(body);
      const card = await send('/api/assets', {
        assetNo: 'SCH1-HOUSE-WEB',
        departmentId: 'D-SCH1',
        name: '旧传达室',
        categoryCode: 'A01000000',
        custodian: '总务处',
        location: '东门',
        acquiredOn: '2005-09-01',
        originalValueFen: 30_000_000,
        quantity: 1,
        unit: '栋',
        condition: 'fair',
      });
      expect(card.status).toBe(201);
      const property = await send('/api/properties', {
        propertyNo: 'WEB-B9',
        kind: 'building',
        name: '旧传达室',
        address: '罗湖区翠竹路2001号东门',
        grossAreaSqm: 60,
        use: 'business',
        status: 'idle',
        assetId: card.body.assetId,
      });
      expect(property.status).toBe(201);
      await sys.projected();

      const manager = await WebJourney.start(browser, sys.baseUrl, 'property-warehouse');
      const page = manager.page;
      await manager.signIn('mgr-sch1');
      await manager.open(`/properties/${property.body.propertyId}`);
      await page.getByText('该物业闲置，可将关联的资产卡片发布到公物仓供其他单位调剂。').waitFor();
      await page.getByRole('button', { name: '发布到公物仓' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('闲置说明').fill('闲置平房，可作仓储');
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      // The card is in the warehouse now: the panel says so and offers no second listing.
      await page.locator('.ant-tag', { hasText: '在仓' }).waitFor();
      expect(await page.getByRole('button', { name: '发布到公物仓' }).count()).toBe(0);
      await manager.checkPage('listed');
      await manager.finish();
    },
    BROWSER_TEST_TIMEOUT,
  );
});
