import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeBenchmarkSection } from './benchmarks-file';

/**
 * Web figures come from the browser tests' own measurements (apps/web/test/register-scale.e2e-spec.ts
 * writes test-output/measurements/web.json during `npm test`); this copies them into BENCHMARKS.md.
 * Run: npm run build && npx jest apps/web/test/register-scale.e2e-spec.ts && npm run bench:web
 */
const FILE = join(__dirname, '..', '..', 'test-output', 'measurements', 'web.json');

function main(): void {
  if (!existsSync(FILE))
    throw new Error(`${FILE} is missing: run the browser tests first (npx jest apps/web/test/register-scale.e2e-spec.ts)`);
  const m = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, number | string>;
  const kib = (bytes: unknown) => `${(Number(bytes) / 1024).toFixed(1)} KiB`;
  const ratio = (Number(m.registerFirstRenderMs10000) / Number(m.registerFirstRenderMs1)).toFixed(2);
  writeBenchmarkSection(
    'web',
    'Web pages: first-load JavaScript and register first render',
    [
      `Measured by the browser tests (Chromium via playwright-core, headless, same machine, same run) at ${String(m.measuredAt)}.`,
      'Gzip sizes are of each script body compressed at level 6, as a web server would send them (the API serves the files uncompressed today).',
      '',
      '| figure | value |',
      '|---|---|',
      `| JavaScript on first load (sign-in page): files | ${m.firstLoadScripts} |`,
      `| JavaScript on first load, raw | ${kib(m.firstLoadJsBytes)} |`,
      `| JavaScript on first load, gzip | ${kib(m.firstLoadJsGzipBytes)} |`,
      `| JavaScript for the register page (after sign-in, incl. shared chunks), gzip | ${kib(m.registerPageJsGzipBytes)} (${m.registerPageScripts} files) |`,
      `| register: navigation → first rows, 1 card in the database (baseline) | ${m.registerFirstRenderMs1} ms |`,
      `| register: navigation → first rows, 10,000 cards in the database | ${m.registerFirstRenderMs10000} ms |`,
      `| ratio 10,000 / 1 | ${ratio} |`,
      '',
      'The register loads one cursor page of 50 rows and the facet counts; it never loads all rows.',
    ].join('\n'),
  );
  console.log('BENCHMARKS.md: web section written');
}

main();
