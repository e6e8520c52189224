import { Page, Request } from 'playwright-core';

/**
 * "No request in flight for 500 ms", as Playwright's networkidle, except for the requests that stay open
 * by design: the inbox's live stream (server-sent events) lasts as long as the page, so networkidle would
 * never come once a person is signed in.
 */
const LONG_LIVED = /\/api\/inbox\/stream(\?|$)/;
const QUIET_MS = 500;

interface Tracker {
  inFlight: Set<Request>;
  changedAt: number;
}

const trackers = new WeakMap<Page, Tracker>();

export function watchNetwork(page: Page): void {
  if (trackers.has(page)) return;
  const tracker: Tracker = { inFlight: new Set(), changedAt: Date.now() };
  trackers.set(page, tracker);
  const done = (request: Request) => {
    if (tracker.inFlight.delete(request)) tracker.changedAt = Date.now();
  };
  page.on('request', (request) => {
    if (LONG_LIVED.test(request.url())) return;
    tracker.inFlight.add(request);
    tracker.changedAt = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
}

/** Waits for the page's load event, then for QUIET_MS with no request in flight (long-lived streams aside). */
export async function networkIdle(page: Page, timeoutMs = 30_000): Promise<void> {
  watchNetwork(page);
  await page.waitForLoadState('load');
  const tracker = trackers.get(page)!;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const quietFor = Date.now() - tracker.changedAt;
    if (tracker.inFlight.size === 0 && quietFor >= QUIET_MS) return;
    if (Date.now() > deadline)
      throw new Error(`network not idle after ${timeoutMs} ms: ${[...tracker.inFlight].map((r) => r.url()).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
