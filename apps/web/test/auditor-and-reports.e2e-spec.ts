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
      categoryCode: 'A05000000',
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
      categoryCode: 'A02000000',
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

  it('auditor finds the asset, sees original vs corrected with the difference marked, runs the tamper check and downloads the key', async () => {
    const journey = await WebJourney.start(browser, sys.baseUrl, 'auditor-history-asof-integrity');
    const { page } = journey;
    await journey.signIn('auditor');
    await page.waitForURL('**/auditor/timeline');
    await page.getByRole('heading', { name: '历史追溯', level: 3 }).waitFor();
    await journey.checkPage();

    // antd draws each radio button as a label over a hidden input: click the word, as a person does.
    await page.getByText('按资产', { exact: true }).click();
    await page.getByRole('combobox', { name: '资产' }).fill('AUD-1');
    // antd keeps a hidden accessible option list; the person clicks the visible item (titled with its text).
    await page.getByTitle('AUD-1 钢琴').click();
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByRole('cell', { name: /^卡片更正/ }).waitFor();
    const rows = page.getByRole('row');
    await rows.filter({ hasText: '按原始发票更正原值' }).waitFor();
    expect(await rows.filter({ hasText: '资产登记' }).count()).toBe(1);
    expect(await page.getByText('已显示 2 条').count()).toBe(1);
    await journey.checkPage();

    // As of the registration: the original record and the later correction side by side.
    await rows.filter({ hasText: '资产登记' }).getByRole('link', { name: '查看此时状态' }).click();
    await page.waitForURL('**/auditor/as-of?**');
    await page.getByText(/共 2 项因此后的更正而不同/).waitFor();
    const valueRow = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '原值', exact: true }) });
    expect(await valueRow.innerText()).toMatch(/¥10,000\.00\s+¥12,000\.00\s+已更正/);
    const nbvRow = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '账面净值', exact: true }) });
    expect(await nbvRow.innerText()).toMatch(/¥8,000\.00\s+¥10,000\.00\s+已更正/);
    expect(await valueRow.locator('mark').count()).toBe(2);
    const locationRow = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '存放地点', exact: true }) });
    expect(await locationRow.innerText()).toMatch(/艺术楼\s+艺术楼\s+相同/);
    await page.getByText('原因：按原始发票更正原值').waitFor();
    await journey.checkPage();

    await journey.open('/auditor/integrity');
    await page.getByRole('button', { name: '运行校验' }).click();
    await page.getByText('未发现篡改').waitFor();
    expect(await page.getByRole('status').innerText()).toMatch(/已核对 \d+ 个事件、\d+ 个签名树头，全部一致/);
    await page.getByRole('button', { name: '签发树头' }).click();
    // The cell's name also holds its copy button's label.
    await page
      .getByRole('cell', { name: /^[0-9a-f]{64}\b/ })
      .first()
      .waitFor();
    expect(await page.getByRole('row').nth(1).innerText()).toContain('国际算法（SHA-256、Ed25519）');
    expect(await page.getByTestId('key-suite').innerText()).toBe('密码算法：国际算法（SHA-256、Ed25519）');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载公钥' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^audit-public-key-[0-9a-f]{16}\.pem$/);
    expect(readFileSync(await download.path(), 'utf8')).toContain('-----BEGIN PUBLIC KEY-----');
    await journey.checkPage();
    await journey.finish();
  }, 300_000);

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
    await page.getByRole('heading', { name: '资产总账（按分类）', level: 3 }).waitFor();
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
    expect(csv).toMatch(/D-SCH1,A02000000,设备,,1,4999\.00,4999\.00/);

    // By 品目: only the groups held are listed; a card coded at 门类 level stays at its own code.
    await page.locator('label.ant-radio-button-wrapper', { hasText: '品目' }).click();
    await page.getByRole('button', { name: /^查\s?询$/ }).click();
    await page.getByRole('columnheader', { name: '品目代码' }).waitFor();
    await page.getByText('按品目汇总').waitFor();
    expect(
      await page
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: '房屋和构筑物', exact: true }) })
        .count(),
    ).toBe(0);
    expect(await page.getByRole('row').filter({ hasText: 'A02000000' }).innerText()).toMatch(/设备\s+1\s+¥4,999\.00/);
    await journey.checkPage();
    await journey.finish();
  }, 300_000);
});
