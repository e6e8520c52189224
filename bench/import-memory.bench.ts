/**
 * The API's memory on the largest register files it takes: MAX_IMPORT_ROWS rows, the widest within the
 * upload limit. The API runs as its own process on an embedded PostgreSQL, once without a heap cap and once
 * as deployed (API_HEAP_MB). Each file is checked (试导入) as the page uploads it; the widest is then
 * imported: started (checked again, its rows stored as a job), then polled until the job is done. Before
 * each step the process's peak resident set is reset (/proc/<pid>/clear_refs), so each step's peak is its own.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_IMPORT_ROWS } from '@app/platform/import/register-file.parser';
import { API_HEAP_MB, heapCapFlag } from '@app/platform/process/api-heap';
import { startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { runMigrations } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { MAX_IMPORT_FILE_BYTES } from '../apps/api/src/imports/import-upload.interceptor';
import { Api, measuredPeak, memoryOf, MiB, startApi, stopApi } from './api-process';
import { writeBenchmarkSection } from './benchmarks-file';
import { registerCsv, RegisterFileShape, registerXlsx } from './register-files';
import { removeServerFolders } from './server-folders';

const ROWS = Number(process.env.IMPORT_MEMORY_ROWS ?? MAX_IMPORT_ROWS);
const say = (line: string) => console.log(`[import-memory] ${line}`);

interface Upload {
  readonly label: string;
  readonly name: string;
  readonly bytes: Buffer;
}

/** The widest CSV within the upload limit: a 备注 of as many Chinese characters as fit, 1 MiB to spare. */
function widestCsv(prefix: string): Buffer {
  const plain = registerCsv({ rows: ROWS, prefix }).length;
  const remarkChars = Math.floor((MAX_IMPORT_FILE_BYTES - 2 ** 20 - plain) / (ROWS * 3));
  return registerCsv({ rows: ROWS, prefix, remarkChars });
}

async function files(dir: string, prefix: string): Promise<Upload[]> {
  const xlsxPath = join(dir, `${prefix}.xlsx`);
  await registerXlsx({ rows: ROWS, prefix: `${prefix}X`, remarkChars: 40 } satisfies RegisterFileShape, xlsxPath);
  return [
    { label: 'widest CSV (UTF-8, long 备注)', name: 'widest.csv', bytes: widestCsv(prefix) },
    { label: 'CSV saved as GBK', name: 'gbk.csv', bytes: registerCsv({ rows: ROWS, prefix: `${prefix}G` }, 'gbk') },
    { label: 'XLSX (shared strings, 备注 of 40 characters)', name: 'register.xlsx', bytes: readFileSync(xlsxPath) },
  ];
}

interface Step {
  readonly heap: string;
  readonly step: string;
  readonly status: number;
  readonly seconds: number;
  readonly peak: number;
}

/** A step's answer, time and peak (see measuredPeak). */
async function measured(pid: number, work: () => Promise<number>): Promise<{ status: number; seconds: number; peak: number }> {
  const { result, seconds, peak } = await measuredPeak(pid, work);
  return { status: result, seconds, peak };
}

/** Starts the import (the file checked again, its rows stored as a job); the job's id. */
async function startImport(api: Api, token: string, upload: Upload): Promise<string> {
  const started = await api.upload('/api/asset-imports', upload, token);
  if (started.status !== 202) throw new Error(`starting the import answered ${started.status}: ${started.body.slice(0, 300)}`);
  return (JSON.parse(started.body) as { jobId: string }).jobId;
}

/** Polls the job until it is done; every row must have been imported. */
async function untilDone(api: Api, token: string, jobId: string): Promise<number> {
  for (;;) {
    await new Promise((r) => setTimeout(r, 2000));
    const job = JSON.parse((await api.send('GET', `/api/asset-imports/${jobId}`, undefined, token)).body) as {
      status: string;
      imported: number;
      failed: number;
    };
    if (job.status === 'done') {
      if (job.imported !== ROWS) throw new Error(`imported ${job.imported} of ${ROWS} (${job.failed} failed)`);
      return 200;
    }
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-memory-'));
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), database: 'bench', durable: false });
  const steps: Step[] = [];
  let sizes = '';
  try {
    await runMigrations(pg.url, DATABASE_SCHEMA);
    for (const [heap, args] of [
      ['no cap (V8 default)', []],
      [`${heapCapFlag(API_HEAP_MB)} (as deployed)`, [heapCapFlag(API_HEAP_MB)]],
    ] as const) {
      const uploads = await files(dir, heap.startsWith('no') ? 'U' : 'C');
      sizes = uploads.map((u) => `${u.label} ${MiB(u.bytes.length)}`).join('; ');
      const { child, api } = await startApi(pg.url, join(dir, 'files'), args);
      try {
        const login = await api.send('POST', '/api/auth/demo-login', { userId: 'mgr-sch1' });
        const token = (JSON.parse(login.body) as { accessToken: string }).accessToken;
        steps.push({ heap, step: 'API started, signed in', status: login.status, seconds: Number.NaN, peak: memoryOf(child.pid!).peak });
        for (const upload of uploads) {
          const m = await measured(child.pid!, async () => (await api.upload('/api/asset-imports/dry-run', upload, token)).status);
          steps.push({ heap, step: `试导入 (dry run): ${upload.label}`, ...m });
          say(`${heap}: dry run ${upload.label}: ${m.status} in ${m.seconds.toFixed(1)} s, peak ${MiB(m.peak)}`);
        }
        // The start and the job are measured apart: the job begins as the start answers, so its peak is its own.
        let jobId = '';
        const start = await measured(child.pid!, async () => ((jobId = await startImport(api, token, uploads[0])), 202));
        steps.push({ heap, step: `导入, start (checked again, rows stored as a job): ${uploads[0].label}`, ...start });
        const job = await measured(child.pid!, () => untilDone(api, token, jobId));
        steps.push({ heap, step: `导入, the job from its start to done (${ROWS.toLocaleString('en')} cards registered)`, ...job });
        say(
          `${heap}: import: start ${start.seconds.toFixed(1)} s, peak ${MiB(start.peak)}; job ${job.seconds.toFixed(1)} s, peak ${MiB(job.peak)}`,
        );
        if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
      } finally {
        await stopApi(child, api);
      }
    }
  } finally {
    await pg.stop();
    removeServerFolders(dir, pg);
  }
  writeBenchmarkSection(
    'import-memory',
    `API memory on the largest register uploads: ${ROWS.toLocaleString('en')} rows`,
    [
      '`node dist/bench/import-memory.bench.js`. The API as its own process on an embedded PostgreSQL, without a heap cap and as deployed;',
      `files of ${ROWS.toLocaleString('en')} rows (MAX_IMPORT_ROWS): ${sizes}. Each is uploaded to 试导入 as the page does; the widest is then imported`,
      '(checked again, stored as a job, registered by the job worker). Peak resident set (VmHWM) of each step, counted from the resident set at its start',
      '(reset through /proc/<pid>/clear_refs). Goal: < 512 MiB.',
      '',
      '| API heap | step | answer | time | peak RSS |',
      '|---|---|---|---|---|',
      ...steps.map(
        (s) => `| ${s.heap} | ${s.step} | ${s.status} | ${Number.isNaN(s.seconds) ? '—' : `${s.seconds.toFixed(1)} s`} | ${MiB(s.peak)} |`,
      ),
    ].join('\n'),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
