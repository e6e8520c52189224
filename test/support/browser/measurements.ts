import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Page } from 'playwright-core';
import { webDistDir } from '../../../apps/api/src/web/serve-web-app';
import { networkIdle } from './network-idle';

export const MEASUREMENTS_FILE = join(__dirname, '../../../test-output/measurements/web.json');

/** Adds figures measured by a browser test to test-output/measurements/web.json (read by `npm run bench:web`). */
export function recordMeasurements(figures: Record<string, number | string>): void {
  mkdirSync(join(MEASUREMENTS_FILE, '..'), { recursive: true });
  const current = existsSync(MEASUREMENTS_FILE) ? (JSON.parse(readFileSync(MEASUREMENTS_FILE, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(MEASUREMENTS_FILE, JSON.stringify({ ...current, ...figures, measuredAt: new Date().toISOString() }, null, 2));
}

/**
 * Opens `path` in a fresh navigation and reports the JavaScript it loaded: files, raw bytes and the
 * bytes gzip (level 6, as a web server would send them) makes of each. Sizes are read from the built
 * files the responses came from (a cached response has no body to read in the browser).
 */
export async function javascriptOnLoad(page: Page, path: string, ready: () => Promise<unknown>) {
  const dist = webDistDir();
  if (!dist) throw new Error('the web app is not built');
  const scripts = new Set<string>();
  const onResponse = (response: import('playwright-core').Response) => {
    if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
  };
  page.on('response', onResponse);
  await page.goto(path);
  await ready();
  await networkIdle(page);
  page.off('response', onResponse);
  const sizes = [...scripts].map((path) => {
    const body = readFileSync(join(dist, path));
    return { raw: body.length, gzip: gzipSync(body, { level: 6 }).length };
  });
  return { files: sizes.length, raw: sizes.reduce((n, s) => n + s.raw, 0), gzip: sizes.reduce((n, s) => n + s.gzip, 0) };
}

/** Milliseconds from starting navigation to `path` until `ready` resolves (the first rows on screen). */
export async function timeToRender(page: Page, path: string, ready: () => Promise<unknown>): Promise<number> {
  const started = Date.now();
  await page.goto(path);
  await ready();
  return Date.now() - started;
}
