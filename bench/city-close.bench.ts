/**
 * 月末计提 at city scale, through the API as deployed (its own process, under API_HEAP_MB): a city of
 * CITY_ASSETS (default 1,000,000) written through the deciders, or the one kept in CITY_DATA_DIR; a
 * useful-life table loaded over HTTP; then months closed one after another through POST
 * /api/depreciation/months, each with the API's peak resident set reset before it (/proc/<pid>/clear_refs).
 * The ledger grows by a city's worth of charges a month, so a close must not hold the ledger's history:
 * several months are closed to show the peak does not grow with them.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_HEAP_MB, heapCapFlag } from '@app/platform/process/api-heap';
import { startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { runMigrations } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { measuredPeak, memoryOf, MiB, startApi, stopApi } from './api-process';
import { writeBenchmarkSection } from './benchmarks-file';
import { generateCity } from './city-history';
import { removeServerFolders } from './server-folders';

const ASSETS = Number(process.env.CITY_ASSETS ?? 1_000_000);
/** The city's cards came in before 2025-02 (bench/city-history); the table governs from then. */
const MONTHS = (process.env.CLOSE_MONTHS ?? '2025-01,2025-02,2025-03,2025-04,2025-05').split(',');
const say = (line: string) => console.log(`[city-close] ${line}`);

interface Closed {
  readonly month: string;
  readonly status: number;
  readonly seconds: number;
  readonly peak: number;
  readonly summary: { assetsCharged?: number; events?: number; code?: string };
}

async function main(): Promise<void> {
  const kept = process.env.CITY_DATA_DIR;
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'bench-city-close-'));
  const reuse = existsSync(join(dir, 'PG_VERSION'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'city', durable: true });
  const files = mkdtempSync(join(tmpdir(), 'bench-city-close-files-'));
  const closed: Closed[] = [];
  let started = 0;
  try {
    await runMigrations(pg.url, DATABASE_SCHEMA);
    if (!reuse) say(`city: ${(await generateCity(pg.url, ASSETS)).events.toLocaleString('en')} events`);
    const { child, api } = await startApi(pg.url, files, [heapCapFlag(API_HEAP_MB)]);
    try {
      const token = (
        JSON.parse((await api.send('POST', '/api/auth/demo-login', { userId: 'fin-approver' })).body) as { accessToken: string }
      ).accessToken;
      started = memoryOf(child.pid!).peak;
      const table = await api.send(
        'POST',
        '/api/depreciation/life-tables',
        {
          effectiveFrom: '2025-02',
          source: '基准测试折旧年限表',
          reason: '月末计提内存测量',
          rows: [
            { prefix: 'A01', name: '房屋', years: 50, basis: '基准' },
            { prefix: 'A02', name: '设备', years: 6, basis: '基准' },
            { prefix: 'A05', name: '家具', years: 15, basis: '基准' },
          ],
        },
        token,
      );
      // A kept city may have its table already (LIFE_TABLE_FOR_CLOSED_MONTH or LIFE_TABLE_OVERLAPS): the months go on from there.
      say(`life table: ${table.status}`);
      for (const month of MONTHS) {
        const {
          result: answer,
          seconds,
          peak,
        } = await measuredPeak(child.pid!, () => api.send('POST', '/api/depreciation/months', { month }, token));
        const entry = { month, status: answer.status, seconds, peak, summary: JSON.parse(answer.body || '{}') as Closed['summary'] };
        closed.push(entry);
        say(`${month}: ${entry.status} in ${entry.seconds.toFixed(1)} s, peak ${MiB(entry.peak)}`);
        if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} closing ${month}`);
      }
    } finally {
      await stopApi(child, api);
    }
  } finally {
    await pg.stop();
    rmSync(files, { recursive: true, force: true });
    if (!kept) removeServerFolders(dir, pg);
  }
  writeBenchmarkSection(
    'city-close',
    `Month-end depreciation close (月末计提) at ${ASSETS.toLocaleString('en')} assets, through the API`,
    [
      `\`node dist/bench/city-close.bench.js\`${kept ? ` on a kept city (CITY_DATA_DIR${reuse ? ', reused' : ''})` : ''}. The city of bench/city-history, the API as deployed (${heapCapFlag(API_HEAP_MB)}),`,
      'a useful-life table (A01 50, A02 6, A05 15 years) from 2025-02, then one month closed after another through `POST /api/depreciation/months`.',
      `Peak resident set (VmHWM) of each close, reset before it; the API's peak from its start to signed in: ${MiB(started)}. Goal: < 512 MiB, months after months.`,
      '',
      '| month | answer | assets charged | events written | time | API peak RSS |',
      '|---|---|---:|---:|---:|---:|',
      ...closed.map(
        (c) =>
          `| ${c.month} | ${c.status}${c.summary.code ? ` ${c.summary.code}` : ''} | ${c.summary.assetsCharged?.toLocaleString('en') ?? '—'} | ${c.summary.events?.toLocaleString('en') ?? '—'} | ${c.seconds.toFixed(1)} s | ${MiB(c.peak)} |`,
      ),
    ].join('\n'),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
