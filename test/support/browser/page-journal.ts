import { Page, Request } from 'playwright-core';

interface Entry {
  readonly at: number;
  readonly text: string;
}

const LAST_ENTRIES = 25;
const SNAPSHOT_CHARS = 3000;

/**
 * What a page did lately: navigations, answered requests (status and time taken), failed requests,
 * console errors and page errors. Kept for every page of a journey so that a failing test can print
 * them (see browser-failure-environment.js); nothing is printed while tests pass.
 */
class PageJournal {
  private readonly entries: Entry[] = [];
  /** Requests the page sent that have no answer yet, with when they were sent. */
  private readonly inFlight = new Map<Request, number>();
  constructor(
    readonly name: string,
    readonly page: Page,
  ) {
    const origin = () => new URL(page.url() || 'about:blank').origin;
    page.on('framenavigated', (frame) => frame === page.mainFrame() && this.add(`navigated to ${frame.url()}`));
    page.on('request', (request) => request.resourceType() === 'fetch' && this.inFlight.set(request, Date.now()));
    page.on('requestfinished', (request) => {
      this.inFlight.delete(request);
      void request
        .response()
        .then((response) => {
          const status = response?.status() ?? 0;
          if (request.resourceType() !== 'fetch' && status < 400) return;
          const took = Math.round(request.timing().responseEnd);
          this.add(`${request.method()} ${request.url().replace(origin(), '')} → ${status} in ${took} ms`);
        })
        // The page closed (its test ended) while the answer was read: nothing left to record. Unhandled, the
        // rejection failed a whole suite whose tests had passed.
        .catch(() => undefined);
    });
    page.on('requestfailed', (request) => {
      this.inFlight.delete(request);
      this.add(`${request.method()} ${request.url()} failed: ${request.failure()?.errorText}`);
    });
    page.on('console', (message) => message.type() === 'error' && this.add(`console error: ${message.text()}`));
    page.on('pageerror', (error) => this.add(`page error: ${error.message}`));
  }

  private add(text: string): void {
    this.entries.push({ at: Date.now(), text });
    if (this.entries.length > LAST_ENTRIES) this.entries.shift();
  }

  async describe(): Promise<string> {
    if (this.page.isClosed()) return '';
    const snapshot = await this.page
      .locator('body')
      .ariaSnapshot({ timeout: 5_000 })
      .catch((error: unknown) => `(no snapshot: ${String(error)})`);
    const now = Date.now();
    const lines = this.entries.map((e) => `  ${((e.at - now) / 1000).toFixed(1)} s  ${e.text}`);
    const origin = new URL(this.page.url() || 'about:blank').origin;
    for (const [request, at] of this.inFlight) {
      lines.push(`  ${((at - now) / 1000).toFixed(1)} s  ${request.method()} ${request.url().replace(origin, '')} sent, no answer yet`);
    }
    const shown = snapshot.length > SNAPSHOT_CHARS ? `${snapshot.slice(0, SNAPSHOT_CHARS)}\n  …` : snapshot;
    return [`── page "${this.name}" at ${this.page.url()}`, 'last activity:', ...lines, 'what it shows:', shown].join('\n');
  }
}

const journals = new Set<PageJournal>();

/** Keeps a journal of the page until it closes. */
export function keepJournal(name: string, page: Page): void {
  const journal = new PageJournal(name, page);
  journals.add(journal);
  page.on('close', () => journals.delete(journal));
}

(globalThis as { __describeOpenPages?: () => Promise<string> }).__describeOpenPages = async () =>
  (await Promise.all([...journals].map((j) => j.describe()))).filter(Boolean).join('\n\n');
