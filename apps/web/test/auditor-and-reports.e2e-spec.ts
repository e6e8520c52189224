/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { Browser } from 'playwright-core';
import { launchBrowser, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

describe('auditor: history, original vs corrected, tamper check; finance: reports with chart, table and CSV', () => {
  let sys: WebSystem;
  let browser: Browser;
  let pianoId: string;

  beforeAll(async () => {
    sys = await startWebSystem();
    browser = await launchBrowser();
    const token = await sys.tokenFor('mgr-sch1');
    const post = (path: string, body: object) => sys.http().post(path).set('authorization', `Bearer ${token}`).send(body);
    const card = { departmentId: 'D-SCH1', custodian: '音乐组', location: '艺术楼', quantity: 1, condition: 'good' };
    const piano = await post('/api/assets', {
      ...card,
      assetNo: 'AUD-1',
      name: '钢琴',
      categoryCode: 'A050000',
      acquiredOn: '2020-09-01',
      originalValueFen: 1000000,
      accumulatedDepreciationFen: 200000,
      unit: '架',
    }).expect(201);
    pianoId = piano.body.assetId as string;
    await post(`/api/assets/${pianoId}/corrections`, { originalValueFen: 1200000, reason: '按原始发票更正原值' }).expect(200);
    await post('/api/assets', {
      ...card,
      assetNo: 'PC-1',
      name: '台式计算机',
      categoryCode: 'A020000',
      acquiredOn: '2024-03-01',
      originalValueFen: 499900,
      unit: '台',
    }).expect(201);
    await sys.projected();
  });
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  });

  it('finance opens the reports, sees each chart with its table, and downloads the register as CSV', async () => {
    const journey = await WebJourney.start(browser, sys.baseUrl, 'finance-reports');
    const { page } = journey;
    await journey.signIn('fin-approver');
    for (const [path, heading] of [
      ['/reports/sharing', '共享利用率'],
      ['/reports/idle', '闲置率与长期闲置'],
      ['/reports/reuse', '盘活与节约采购'],
    ]) {
      await journey.open(path);
      await page.getByRole('heading', { name: heading, level: 3 }).waitFor();
      expect(await page.locator('[role="img"] canvas').count()).toBeGreaterThan(0);
    }
    // Units with nothing to report are listed at zero, not dropped.
    expect(await page.getByRole('row').filter({ hasText: '区人民医院' }).innerText()).toMatch(/¥0\.00/);

    await journey.open('/reports/register');
    await page.getByRole('heading', { name: '资产总账（按门类）', level: 3 }).waitFor();
    // ECharts' aria module describes the chart in the container's label; the canvas is drawn inside it.
    await page.locator('[role="img"] canvas').first().waitFor();
    const equipment = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '设备', exact: true }) });
    expect(await equipment.innerText()).toMatch(/1\s+¥4,999\.00\s+¥4,999\.00/);
    const furniture = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '家具和用具', exact: true }) });
    expect(await furniture.innerText()).toMatch(/1\s+¥12,000\.00\s+¥10,000\.00/);
    const total = page.getByRole('row').filter({ hasText: '合计' });
    expect(await total.innerText()).toMatch(/2\s+¥16,999\.00\s+¥14,999\.00/);
    // Every 门类 of the catalogue is listed, the empty ones at zero.
    const land = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '房屋和构筑物', exact: true }) });
    expect(await land.innerText()).toMatch(/0\s+¥0\.00\s+¥0\.00/);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('register-summary.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('资产总账汇总');
    expect(csv).toMatch(/D-SCH1,A020000,设备,,1,4999\.00,4999\.00/);
    await journey.checkPage();
    await journey.finish();
  }, 300_000);
});
