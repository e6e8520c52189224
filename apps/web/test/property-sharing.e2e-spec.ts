/// <reference lib="dom" />
import { Browser } from 'playwright-core';
import { launchBrowser, PHONE, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

/**
 * 物业一张图 in the browser: the 应开尽开 survey (filter, assess, see it counted), and residents' open
 * spaces nearest first at phone width, from the phone's position or from a district chosen instead.
 */
describe('property sharing pages: the venue survey, and open spaces nearest first at 375 px', () => {
  let sys: WebSystem;
  let browser: Browser;
  let manager: string;
  let campus: string;

  const post = async (path: string, body: object) => {
    const res = await sys.http().post(path).set('authorization', `Bearer ${manager}`).send(body);
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { propertyId?: string; id?: string };
  };
  const register = async (body: Record<string, unknown>) =>
    (await post('/api/properties', { address: '罗湖区翠竹路2001号', grossAreaSqm: 800, status: 'in_use', ...body })).propertyId!;
  const publish = (name: string, propertyId?: string) =>
    post('/api/spaces', {
      name,
      kind: 'parking',
      location: `${name}入口`,
      audiences: ['residents'],
      approval: 'automatic',
      schedule: {
        windows: [{ days: 'every_day', start: '18:00', end: '22:00' }],
        slotMinutes: 60,
        capacity: 5,
        horizonDays: 7,
        minNoticeMinutes: 0,
      },
      ...(propertyId ? { propertyId } : {}),
    });

  beforeAll(async () => {
    sys = await startWebSystem();
    browser = await launchBrowser();
    manager = await sys.tokenFor('mgr-sch1');
    // 实验小学: its grounds (a parcel), a building with the car park (a room), and a sports ground across the road.
    campus = await register({
      propertyNo: 'SCH1-P',
      kind: 'parcel',
      name: '实验小学校园',
      use: 'school',
      location: { lng: 114.12, lat: 22.55, system: 'WGS84' },
    });
    const block = await register({ propertyNo: 'SCH1-B', kind: 'building', parentId: campus, name: '实验小学综合楼', use: 'school' });
    const lot = await register({
      propertyNo: 'SCH1-LOT',
      kind: 'room',
      parentId: block,
      name: '东门停车场',
      use: 'parking',
      location: { lng: 114.1206, lat: 22.5501, system: 'WGS84' },
    });
    const field = await register({
      propertyNo: 'SCH1-FIELD',
      kind: 'parcel',
      name: '北区运动场',
      use: 'sports_venue',
      location: { lng: 114.15, lat: 22.57, system: 'WGS84' },
    });
    await publish('东门停车场错峰', lot);
    await publish('北区运动场夜间', field);
    await publish('未登记的桥下空间');
    await sys.projected();
  });
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  });

  it('a manager filters the venues not assessed, assesses the car park eligible with a reason, and sees it counted as opened', async () => {
    const journey = await WebJourney.start(browser, sys.baseUrl, 'property-survey-assess');
    await journey.signIn('mgr-sch1');
    await journey.open('/property-survey');
    const page = journey.page;
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(3);

    await page.getByLabel('类型').click();
    await page.getByTitle('停车场').click();
    await page.getByRole('cell', { name: '北区运动场', exact: true }).waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(1);
    await page.getByRole('button', { name: '摸排：东门停车场' }).click();
    await page.getByRole('dialog').waitFor();
    await page.getByLabel('具备，应开放').check();
    await page.getByLabel('理由').fill('停车场在东门外侧，有独立出入口');
    await journey.checkPage('assess-dialog');
    await page.getByRole('dialog').getByRole('button', { name: '摸排' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const lotRow = rows.filter({ hasText: '东门停车场' });
    await lotRow.getByText('应开放').waitFor();
    await lotRow.getByText('已开放（1 个共享空间）').waitFor();
    await lotRow.getByText('停车场在东门外侧，有独立出入口').waitFor();

    // 未摸排 now leaves the car park out; the school grounds and the sports ground are still to do.
    await page.getByLabel('类型').click();
    await page.locator('.ant-select-clear').first().click();
    await page.getByLabel('摸排情况').click();
    await page.getByTitle('未摸排').click();
    await rows.filter({ hasText: '北区运动场' }).waitFor();
    expect(await rows.filter({ hasText: '东门停车场' }).count()).toBe(0);

    await journey.open('/reports/sharing-eligibility');
    const parking = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '停车场' }).first();
    await parking.waitFor();
    expect((await parking.innerText()).replace(/\s+/g, ' ')).toContain('示例区 停车场 1 1 1 0 1 0 100.0%');

    // The school's card lists the spaces on it and on the rooms below it (the car park), with their next bookings.
    await journey.open(`/properties/${campus}`);
    const section = page.getByTestId('property-bookings');
    await section.getByText('东门停车场错峰').waitFor();
    expect(await section.getByText('暂无即将开始的预约').count()).toBe(1);
    await section.getByRole('link', { name: '查看占用' }).waitFor();
  });

  it('a resident at 375 px sees the open spaces nearest first from where the phone is, and from a district when it gives no position', async () => {
    const near = await WebJourney.start(browser, sys.baseUrl, 'resident-nearest-first', PHONE);
    await near.context.grantPermissions(['geolocation'], { origin: sys.baseUrl });
    // Standing by the 北区运动场: it comes first, then the car park about 3.5 km away, then the space on no property.
    await near.context.setGeolocation({ latitude: 22.5701, longitude: 114.1501 });
    await near.signIn('resident-1');
    await near.page.waitForURL('**/resident/spaces');
    await near.page.getByTestId('nearby-reference').getByText('按离我最近排列').waitFor();
    const cards = near.page.locator('.ant-card');
    await cards.filter({ hasText: '东门停车场错峰' }).getByTestId('distance').waitFor();
    await near.checkPage('nearest');
    const titles = await cards.locator('h4').allInnerTexts();
    expect(titles).toEqual(['北区运动场夜间', '东门停车场错峰', '未登记的桥下空间']);
    expect(await cards.nth(0).getByTestId('distance').innerText()).toBe('约 20 米');
    expect(await cards.nth(1).getByTestId('distance').innerText()).toMatch(/^约 3\.\d 公里$/);
    expect(await cards.nth(2).getByTestId('distance').innerText()).toBe('未关联物业，距离不详');
    expect(await near.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const open = await near.page.getByRole('button', { name: '查看可约时段：北区运动场夜间' }).boundingBox();
    expect(open?.height).toBeGreaterThanOrEqual(44);
    await near.finish();

    // No position given (permission not granted): the resident picks their district instead.
    const far = await WebJourney.start(browser, sys.baseUrl, 'resident-nearest-by-district', PHONE);
    await far.signIn('resident-1');
    await far.page.waitForURL('**/resident/spaces');
    await far.page.getByLabel('选择区域').click();
    await far.page.getByTitle('示例区').click();
    await far.page.getByTestId('nearby-reference').getByText('按离示例区最近排列').waitFor();
    await far.page.locator('.ant-card').first().getByTestId('distance').waitFor();
    await far.checkPage('district');
    const ordered = await far.page.locator('.ant-card').locator('h4').allInnerTexts();
    expect(ordered[ordered.length - 1]).toBe('未登记的桥下空间');
    expect(await far.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await far.finish();
  });
});
