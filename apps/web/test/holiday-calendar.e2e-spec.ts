/// <reference lib="dom" />
import { Browser, Page } from 'playwright-core';
import { chooseOption } from '@test/support/browser/antd';
import { launchBrowser, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

const JOURNEY_MS = 420_000;

/** 系统管理员 records next year's holidays by hand (a bad 补班 refused by its row), then imports a CSV as a new version. */
describe('holiday calendar: record a year, see who recorded what', () => {
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

  const recordings = async () =>
    (await sys.query<{ n: string }>(`SELECT count(*) AS n FROM event_store.events WHERE stream_id = 'calendar-year-2027'`))[0].n;
  /** Kind and name first, then the date: Enter in the date field takes the date and puts the day in the list (the keyboard way). */
  const putDay = async (page: Page, date: string, kind: '放假' | '补班', name: string) => {
    await chooseOption(page.getByLabel('类型', { exact: true }), kind);
    await page.getByLabel('名称', { exact: true }).fill(name);
    const input = page.getByLabel('日期', { exact: true });
    await input.click();
    await input.fill(date);
    await input.press('Enter');
    await page.getByRole('row', { name: new RegExp(`^${date} .* ${kind} ${name}`) }).waitFor();
  };

  it(
    'starts from the provisional days, refuses a weekday 补班 naming its row, records version 1, imports version 2',
    async () => {
      const admin = await WebJourney.start(browser, sys.baseUrl, 'admin-holiday-calendar');
      const { page } = admin;
      await admin.signIn('admin');
      await admin.open('/admin/calendar');
      await page.getByRole('heading', { name: '节假日安排', level: 3 }).waitFor();
      await expectYear(page, '2027');
      await page.getByText('暂定：仅周末与法定节日，放假安排尚未录入').waitFor();
      await page.getByRole('cell', { name: '2027-02-06', exact: true }).waitFor(); // 春节 from the statute
      await page.getByText('该年尚未录入，显示的是内置或暂定数据').waitFor();
      await admin.checkPage('provisional');

      await putDay(page, '2027-02-09', '放假', '春节');
      await putDay(page, '2027-02-22', '补班', '春节'); // a Monday: not a make-up day
      await page.getByText('清单已修改，尚未录入').waitFor();
      await page.getByRole('button', { name: '录入为新版本' }).click();
      const dialog = page.getByRole('dialog', { name: '录入 2027 年放假安排' });
      await dialog.getByLabel('依据（文号）').fill('国办发明电〔2026〕X号');
      await dialog.getByRole('button', { name: '录入为新版本' }).click();
      await dialog.getByText('有 1 处问题，未录入').waitFor();
      await dialog.getByRole('cell', { name: /2027-02-22 是工作日，补班日应为周六或周日/ }).waitFor();
      expect(await recordings()).toBe('0');
      await admin.checkPage('refused');
      await dialog.getByRole('button', { name: /取\s*消/ }).click();

      await page.getByRole('button', { name: '删除 2027-02-22' }).click();
      await page.getByRole('button', { name: '录入为新版本' }).click();
      await page.getByLabel('依据（文号）').fill('国办发明电〔2026〕X号');
      await page.getByRole('dialog').getByRole('button', { name: '录入为新版本' }).click();
      await page.getByText(/已录入第 1 版，\d+ 天的休息日状态有变化/).waitFor();
      await page.getByText('已录入（第 1 版）').waitFor();
      const history = page.getByRole('table').last();
      await history.getByRole('cell', { name: 'admin', exact: true }).waitFor();
      await history.getByRole('cell', { name: '国办发明电〔2026〕X号' }).waitFor();
      expect(await recordings()).toBe('1');

      await page.getByRole('button', { name: '导入 CSV' }).first().click();
      const importing = page.getByRole('dialog', { name: '导入 2027 年放假安排（CSV）' });
      await importing
        .getByLabel('CSV 内容')
        .fill('date,kind,name\n2027-01-01,holiday,元旦\n2027-02-05,holiday,春节\n2027-02-20,workday,春节\n');
      await importing.getByLabel('依据（文号）').fill('2027安排.csv');
      await importing.getByRole('button', { name: '导入 CSV' }).click();
      await page.getByText(/已录入第 2 版/).waitFor();
      await page.getByText('已录入（第 2 版）').waitFor();
      await history.getByRole('cell', { name: 'CSV 导入' }).waitFor();
      await page.getByRole('cell', { name: '2027-02-20', exact: true }).waitFor();
      expect(await recordings()).toBe('2');
      await admin.checkPage('imported');
      await admin.finish();
    },
    JOURNEY_MS,
  );

  it(
    "shows the space's manager the bookings a later recording left on a slot no longer offered",
    async () => {
      const token = async (user: string) => `Bearer ${await sys.tokenFor(user)}`;
      const [mgr, staff, admin] = [await token('mgr-sch1'), await token('staff-hosp1'), await token('admin')];
      const space = await sys
        .http()
        .post('/api/spaces')
        .set('authorization', mgr)
        .send({
          name: '实验小学停车场',
          kind: 'parking',
          location: '和平路12号',
          audiences: ['departments'],
          approval: 'automatic',
          schedule: {
            windows: [{ days: 'workdays', start: '18:00', end: '20:00' }],
            slotMinutes: 120,
            capacity: 5,
            horizonDays: 90,
            minNoticeMinutes: 0,
          },
        })
        .expect(201);
      await sys.projected();
      await sys
        .http()
        .post(`/api/spaces/${space.body.id}/bookings`)
        .set('authorization', staff)
        .send({ slotStart: '2027-02-10T10:00:00.000Z' })
        .expect(201);
      const current = (await sys.http().get('/api/calendar/years/2027').set('authorization', admin).expect(200)).body.days as object[];
      await sys
        .http()
        .post('/api/calendar/years/2027')
        .set('authorization', admin)
        .send({ days: [...current, { date: '2027-02-10', kind: 'holiday', name: '春节' }] })
        .expect(201);
      await sys.projected();

      const manager = await WebJourney.start(browser, sys.baseUrl, 'manager-affected-bookings');
      await manager.signIn('mgr-sch1');
      await manager.open('/spaces');
      const card = manager.page.locator('.ant-card').filter({ hasText: '因节假日调整受影响的预约' });
      await card.getByRole('cell', { name: '2027-02-10 改为休息日（春节）' }).waitFor();
      await card.getByRole('link', { name: '实验小学停车场' }).waitFor();
      await manager.checkPage('affected');
      await manager.finish();
    },
    JOURNEY_MS,
  );
});

async function expectYear(page: Page, year: string): Promise<void> {
  expect(await page.getByLabel('年份').inputValue()).toBe(year);
}
