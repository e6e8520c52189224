/// <reference lib="dom" />
import { Browser } from 'playwright-core';
import { PRIVACY_NOTICE } from '@app/sharing';
import { launchBrowser, PHONE, WebJourney } from '@test/support/browser/web-journey';
import { startWebSystem, WebSystem } from '@test/support/browser/web-system';

const MINUTE = 60_000;
const china = (ms: number) => {
  const iso = new Date(ms + 8 * 3600_000).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
};

describe("residents' personal information: consent before the first booking, self-service erasure, an administrator's request", () => {
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

  it('the notice is agreed to when booking; 我的 shows the consent; erasing there turns name, phone and plate into 已注销 for the manager', async () => {
    const opens = Math.ceil((Date.now() + 30 * MINUTE) / (5 * MINUTE)) * 5 * MINUTE;
    const start = china(opens);
    const end = china(opens + 60 * MINUTE);
    const slot = `${start.time}–${end.date === start.date ? '' : '次日'}${end.time}`;
    const manager = await sys.tokenFor('mgr-sch1');
    await sys
      .http()
      .post('/api/spaces')
      .set('authorization', `Bearer ${manager}`)
      .send({
        name: '实验小学西门停车场',
        kind: 'parking',
        location: '和平路12号 西门',
        audiences: ['residents'],
        approval: 'automatic',
        schedule: {
          windows: [{ days: 'every_day', start: start.time, end: end.time }],
          slotMinutes: 60,
          capacity: 3,
          horizonDays: 7,
          minNoticeMinutes: 0,
        },
      })
      .expect(201);
    const resident = await sys.tokenFor('resident-2');
    await sys
      .http()
      .post('/api/residents/me')
      .set('authorization', `Bearer ${resident}`)
      .send({ name: '陈阿婆', phone: '13566667777', plateNumber: '沪C24680' })
      .expect(200);
    await sys.projected();

    const r = await WebJourney.start(browser, sys.baseUrl, 'resident-consent-and-erasure', PHONE);
    await r.signIn('resident-2');
    const page = r.page;
    await page.getByRole('button', { name: /查看可约时段：实验小学西门停车场/ }).click();
    await page.locator(`button[data-date="${start.date}"]`).click();
    await page.getByRole('button', { name: `预约 ${slot}` }).click();
    await page.getByTestId('privacy-notice').waitFor();
    expect(await page.getByTestId('privacy-notice').innerText()).toContain(`版本 ${PRIVACY_NOTICE.version}`);
    expect(await page.getByRole('button', { name: '同意并预约' }).isDisabled()).toBe(true);
    await r.checkPage('consent step');
    await page.getByLabel('我已阅读并同意以上告知').check();
    await page.getByRole('button', { name: '同意并预约' }).click();
    await page.waitForURL('**/resident/bookings');
    await page.getByTestId('booking').filter({ hasText: slot }).getByText('沪C24680').waitFor();
    await sys.projected();

    await page.locator('nav[aria-label="tabs"] a[href="/resident/profile"]').click();
    await page.getByTestId('consent-status').getByText(`已同意告知（版本 ${PRIVACY_NOTICE.version}`).waitFor();
    await page.getByRole('button', { name: '查看告知' }).click();
    await page.getByRole('dialog').getByTestId('privacy-notice').waitFor();
    await r.checkPage('notice');
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).last().click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '注销个人信息' }).click();
    await page.getByRole('dialog').getByText('无法恢复').waitFor();
    await page.getByLabel('原因（可不填）').fill('搬家了');
    await r.checkPage('erase');
    await page.getByRole('button', { name: '确认注销' }).click();
    await page.getByTestId('erased-notice').waitFor();
    await page.getByText('还没有填写个人信息').waitFor();
    expect(await page.getByTestId('consent-status').innerText()).toBe('尚未同意个人信息处理告知');
    await r.checkPage('erased');
    await sys.projected();
    await page.locator('nav[aria-label="tabs"] a[href="/resident/bookings"]').click();
    await page.getByTestId('booking').filter({ hasText: slot }).getByText('已注销').waitFor();
    await r.checkPage();

    // The manager: the booking stands with 已注销 in place of the person; a request to erase again is refused by name.
    const m = await WebJourney.start(browser, sys.baseUrl, 'manager-erasure-request');
    await m.signIn('mgr-sch1');
    await m.open('/spaces');
    await m.page.getByRole('link', { name: '实验小学西门停车场' }).click();
    await m.page.locator('#occupancy-date').fill(start.date);
    const occupancy = m.page.getByRole('table').filter({ has: m.page.getByRole('columnheader', { name: '预约人' }) });
    await occupancy.getByText('已注销').first().waitFor();
    expect(await occupancy.innerText()).not.toContain('13566667777');
    await m.checkPage();
    await m.open('/spaces/personal-data-erasure');
    await m.page.getByLabel('居民账号').fill('resident-2');
    await m.page.getByLabel('申请说明').fill('居民来电申请删除（工单 12）');
    await m.checkPage();
    await m.page.getByRole('button', { name: '删除该居民的个人信息' }).click();
    await m.page.getByRole('button', { name: '确认删除' }).click();
    await m.page.getByText('该居民的个人信息已注销').waitFor();
    await m.checkPage('refused');
    const shots = [await r.finish(), await m.finish()];
    expect(shots.every((file) => file.endsWith('.png'))).toBe(true);
  }, 300_000);
});
