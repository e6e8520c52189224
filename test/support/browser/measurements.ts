import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Page } from 'playwright-core';

export const MEASUREMENTS_FILE = join(__dirname, '../../../test-output/measurements/web.json');

/** Adds figures measured by a browser test to test-output/measurements/web.json (read by `npm run bench:web`). */
export function recordMeasurements(figures: Record<string, number | string>): void {
  mkdirSync(join(MEASUREMENTS_FILE, '..'), { recursive: true });
  const current = existsSync(MEASUREMENTS_FILE) ? (JSON.parse(readFileSync(MEASUREMENTS_FILE, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(MEASUREMENTS_FILE, JSON.stringify({ ...current, ...figures, measuredAt: new Date().toISOString() }, null, 2));
}

/**
 * Opens `path` in a fresh navigation and reports the JavaScript it loaded: files, raw bytes and the
 * bytes gzip (level 6, as a web server would send them) makes of each.
 */
export async function javascriptOnLoad(page: Page, path: string, ready: () => Promise<unknown>) {
  const scripts: Promise<{ raw: number; gzip: number }>[] = [];
  const onResponse = (response: import('playwright-core').Response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(response.body().then((body) => ({ raw: body.length, gzip: gzipSync(body, { level: 6 }).length })));
  };
  page.on('response', onResponse);
  await page.goto(path);
  await ready();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const sizes = await Promise.all(scripts);
  return { files: sizes.length, raw: sizes.reduce((n, s) => n + s.raw, 0), gzip: sizes.reduce((n, s) => n + s.gzip, 0) };
}

/** Milliseconds from starting navigation to `path` until `ready` resolves (the first rows on screen). */
export async function timeToRender(page: Page, path: string, ready: () => Promise<unknown>): Promise<number> {
  const started = Date.now();
  await page.goto(path);
  await ready();
  return Date.now() - started;
}
