import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './chromium';
import { keepJournal } from './page-journal';
import { networkIdle, watchNetwork } from './network-idle';

export const SCREENSHOT_DIR = join(__dirname, '../../../test-output/screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
}

/** A browser test drives Chromium and axe; on a loaded 2-core machine a few pages take minutes. */
export const BROWSER_TEST_TIMEOUT = 600_000;

export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 375, height: 812 };

interface AxeFinding {
  readonly page: string;
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
}

/**
 * One person's trip through the pages. Every page reached through `open` or `checkPage` is scanned
 * with axe-core; serious or critical findings fail the test with what and where. `finish` keeps a
 * screenshot of the last page under test-output/screenshots.
 */
export class WebJourney {
  readonly checkedPages: string[] = [];
  /** Pages scanned by any journey of this test file. */
  private static readonly scanned = new Set<string>();

  private constructor(
    readonly name: string,
    readonly context: BrowserContext,
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  static async start(browser: Browser, baseUrl: string, name: string, viewport = DESKTOP): Promise<WebJourney> {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: baseUrl });
    const page = await context.newPage();
    // Generous: a loaded 2-core machine (another test run beside this one) can take many seconds for one step.
    page.setDefaultTimeout(30_000);
    keepJournal(name, page);
    watchNetwork(page);
    return new WebJourney(name, context, page, baseUrl);
  }

  /** Opens a path, waits for the page to settle, checks its accessibility. */
  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.checkPage();
  }

  /** Signs in as a demo user on the sign-in page (the way a person does). */
  async signIn(userId: string, path = '/'): Promise<void> {
    await this.page.goto(path);
    await this.page.getByRole('heading', { name: '登录云公物仓' }).waitFor();
    await this.page.getByRole('radio', { name: new RegExp(`· ${userId}）`) }).check();
    await this.checkPage();
    await this.page.getByRole('button', { name: '登录' }).click();
    await this.page.locator('main').first().waitFor();
    await this.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  }

  /**
   * Waits for loading to end, then runs axe on what is on screen. A page (path, ids folded) already
   * scanned in this test file is not scanned again unless `state` names a new state of it (a dialog open …):
   * a scan takes seconds on a busy machine.
   */
  async checkPage(state = ''): Promise<void> {
    const t0 = Date.now();
    await this.settled();
    const t1 = Date.now();
    const key = new URL(this.page.url()).pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id') + (state ? `#${state}` : '');
    if (WebJourney.scanned.has(key)) return;
    WebJourney.scanned.add(key);
    // WCAG 2.1 A/AA rules (what GB/T 37668 asks for); only violations are collected, which keeps a scan to seconds.
    const results = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .options({ resultTypes: ['violations'] })
      .analyze();
    const label = new URL(this.page.url()).pathname;
    const bad: AxeFinding[] = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        page: label,
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
    this.checkedPages.push(label);
    if (process.env.WEB_TEST_TIMING) console.log(`${label}: settled ${t1 - t0} ms, axe ${Date.now() - t1} ms`);
    if (bad.length) throw new Error(`accessibility (axe) on ${label}:\n${JSON.stringify(bad, null, 2)}`);
  }

  /** No spinner and no request in flight for a moment (the inbox's live stream aside: it stays open). */
  async settled(): Promise<void> {
    await networkIdle(this.page);
    await this.page
      .locator('.ant-spin-spinning')
      .first()
      .waitFor({ state: 'detached', timeout: 15_000 })
      .catch(() => undefined);
    // Dialogs and dropdowns fade in and out: scanned mid-fade, their text fails contrast and a closing list
    // still counts. Wait for the finite animations running now (spinners loop forever and are left out).
    await this.page.evaluate(async () => {
      const running = document
        .getAnimations()
        .filter((a) => a.playState === 'running' && Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined));
      await Promise.race([Promise.all(running), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    });
    // A motion about to start (a toast's appear-prepare: faded, no animation running yet) is waited out by its
    // classes, which the motion removes when done.
    await this.page
      .waitForFunction(() => !document.querySelector('[class*="-appear"], [class*="-enter"], [class*="-leave"]'), undefined, {
        timeout: 5_000,
        polling: 50,
      })
      .catch(() => undefined);
  }

  async finish(): Promise<string> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = join(SCREENSHOT_DIR, `${this.name}.png`);
    await this.settled();
    await this.page.screenshot({ path: file, fullPage: true });
    await this.context.close();
    return file;
  }
}
