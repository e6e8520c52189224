/**
 * The HTTP command path: `POST /api/assets` (register) against the real API process on the embedded,
 * durable PostgreSQL server, signed in as an asset manager, beside a raw INSERT of the same size measured
 * in the same run on the same server. Two runs:
 * - closed loop, 16 requests in flight (the ratio to the raw INSERT at 16 writers);
 * - open loop at a fixed offered rate (1,000 commands/s): each request is sent at its scheduled time
 *   whatever the answers do, and its latency counts from that time, so a backlog shows in p99.
 * The API runs as its own process (as `npm start` runs it); this process only sends requests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { runMigrations } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { writeBenchmarkSection } from './benchmarks-file';
import { removeServerFolders } from './server-folders';
import { closedLoop, Rate, rateOf } from './load-loops';
import { startApi, stopApi } from './api-process';
import { cpuPerOp, cpuSnapshot, CpuSnapshot, postmasterPid } from './process-cpu';

const IN_FLIGHT = 16;
const CLOSED_OPS = Number(process.env.HTTP_BENCH_OPS ?? 4000);
const WARM_UP_OPS = 400;
const OPEN_RATE = 1000;
const OPEN_SECONDS = Number(process.env.HTTP_BENCH_OPEN_SECONDS ?? 6);

/** Sends at a fixed rate; latency counts from each request's scheduled time (no coordinated omission). */
async function openLoop(rate: number, seconds: number, op: (i: number) => Promise<void>): Promise<Rate & { maxInFlight: number }> {
  const total = rate * seconds;
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    pending.push(
      op(i).then(() => {
        inFlight--;
        latencies.push(performance.now() - due);
      }),
    );
  }
  await Promise.all(pending);
  return { ...rateOf(latencies, (performance.now() - start) / 1000), maxInFlight };
}

const card = (run: string, i: number) => ({
  assetNo: `HB-${run}-${i}`,
  departmentId: 'D-EDU',
  name: '台式计算机',
  categoryCode: 'A02000000',
  custodian: '张三',
  location: '行政楼302室',
  acquiredOn: '2023-05-10',
  originalValueFen: 499900,
  quantity: 1,
  unit: '台',
  condition: 'good',
  brand: '联想',
  specification: 'ThinkCentre M720 i5-8500 8G 256G SSD',
});

interface Floor {
  readonly route: string;
  readonly cpu: CpuSnapshot;
}

const FLOOR_OPS = 2000;

/**
 * What a request costs before the command does anything: the same server answering a health check (no
 * sign-in), a signed-in read (token, session and account checked: one round trip), a register refused by
 * validation (nothing written), then the register itself. CPU by process, 16 in flight, after a warm-up.
 */
async function requestFloors(
  api: Awaited<ReturnType<typeof startApi>>['api'],
  token: string,
  apiPid: number,
  postmaster: number,
  register: (i: number) => Promise<void>,
): Promise<Floor[]> {
  const expect = (status: number) => (res: { status: number; body: string }) => {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.body.slice(0, 200)}`);
  };
  const routes: [string, (i: number) => Promise<void>][] = [
    ['GET /api/health/live (no sign-in, no database)', () => api.send('GET', '/api/health/live').then(expect(200))],
    ['GET /api/auth/me (signed in: token, session, account)', () => api.send('GET', '/api/auth/me', undefined, token).then(expect(200))],
    [
      'POST /api/assets refused by validation (400, nothing written)',
      (i) => api.send('POST', '/api/assets', { ...card('bad', i), originalValueFen: -1 }, token).then(expect(400)),
    ],
    ['POST /api/assets register (201, one append)', register],
  ];
  const floors: Floor[] = [];
  for (const [route, op] of routes) {
    // Numbers after the measured ones, so the warm-up registers other cards than the run.
    await closedLoop(IN_FLIGHT, WARM_UP_OPS, (i) => op(FLOOR_OPS + i));
    const before = cpuSnapshot(apiPid, postmaster);
    await closedLoop(IN_FLIGHT, FLOOR_OPS, op);
    floors.push({ route, cpu: cpuPerOp(before, cpuSnapshot(apiPid, postmaster), FLOOR_OPS) });
  }
  return floors;
}

const totalOf = ({ cpu }: Floor) => cpu.api + cpu.postgres + cpu.client;

/** The rate two cores allow at each route's CPU per request, beside the rate the goal asks for. */
function floorTable(floors: readonly Floor[], raw: Rate): string[] {
  const goal = raw.perSecond * 0.25;
  return [
    `What each request costs on this machine (CPU ms per request by process, ${FLOOR_OPS} requests, ${IN_FLIGHT} in flight) and the most requests per second two cores could serve at that cost if nothing else ran (2,000 ms of CPU per second ÷ total). The goal of 0.25× the raw INSERT asks for ${goal.toFixed(0)} registrations/s, that is at most ${(2000 / goal).toFixed(2)} ms of CPU per registration for the API, PostgreSQL and the load client together.`,
    '',
    '| request | API | PostgreSQL | client | total | most per second on 2 cores |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...floors.map(({ route, cpu }) => {
      const total = cpu.api + cpu.postgres + cpu.client;
      return `| ${route} | ${cpu.api.toFixed(2)} | ${cpu.postgres.toFixed(2)} | ${cpu.client.toFixed(2)} | ${total.toFixed(2)} | ${(2000 / total).toFixed(0)} |`;
    }),
    '',
    `A signed-in read that does nothing else already costs ${totalOf(floors[1]).toFixed(2)} ms of the ${(2000 / goal).toFixed(2)} ms a registration may cost for the goal; a registration costs ${totalOf(floors[3]).toFixed(2)} ms (its body, validation, decision and durable append on top).`,
  ];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-http-'));
  const filesDir = mkdtempSync(join(tmpdir(), 'bench-http-files-'));
  // Durable settings (fsync on, synchronous commit), as `npm start` runs.
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), database: 'bench', durable: true });
  let started: Awaited<ReturnType<typeof startApi>> | undefined;
  const rows: string[] = [];
  try {
    await runMigrations(pg.url, DATABASE_SCHEMA);
    const apiArgs = process.env.HTTP_BENCH_API_ARGS?.split(' ').filter(Boolean);
    started = await startApi(pg.url, filesDir, apiArgs);
    const { child, api } = started;
    const login = await api.send('POST', '/api/auth/demo-login', { userId: 'mgr-edu' });
    if (login.status !== 200) throw new Error(`demo login answered ${login.status}: ${login.body}`);
    const token = (JSON.parse(login.body) as { accessToken: string }).accessToken;
    let failures = 0;
    const register = (run: string) => async (i: number) => {
      const res = await api.send('POST', '/api/assets', card(run, i), token);
      if (res.status !== 201) {
        failures++;
        if (failures <= 3) console.error(`register answered ${res.status}: ${res.body.slice(0, 300)}`);
      }
    };
    // The raw baseline: one INSERT of a jsonb row of the register event's size per transaction, 16 writers.
    const raw = new Pool({ connectionString: pg.url, max: IN_FLIGHT });
    await raw.query('CREATE TABLE bench_raw (id bigserial PRIMARY KEY, doc jsonb NOT NULL)');
    const doc = JSON.stringify({
      data: card('raw', 0),
      metadata: { actorId: 'mgr-edu', actorRole: 'asset_manager', departmentId: 'D-EDU' },
    });
    const rawInsert = async () => void (await raw.query('INSERT INTO bench_raw (doc) VALUES ($1)', [doc]));

    await closedLoop(IN_FLIGHT, WARM_UP_OPS, rawInsert);
    await closedLoop(IN_FLIGHT, WARM_UP_OPS, register('warm'));
    const load = loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ');
    const apiPid = child.pid!;
    const postmaster = postmasterPid(pg.dataDir);
    const beforeRaw = cpuSnapshot(apiPid, postmaster);
    const baseline = await closedLoop(IN_FLIGHT, CLOSED_OPS, rawInsert);
    const beforeHttp = cpuSnapshot(apiPid, postmaster);
    const http = await closedLoop(IN_FLIGHT, CLOSED_OPS, register('closed'));
    const rawCpu = cpuPerOp(beforeRaw, beforeHttp, CLOSED_OPS);
    const httpCpu = cpuPerOp(beforeHttp, cpuSnapshot(apiPid, postmaster), CLOSED_OPS);
    const open = await openLoop(OPEN_RATE, OPEN_SECONDS, register('open'));
    const floors = await requestFloors(api, token, apiPid, postmaster, register('floor'));
    await raw.end();
    api.close();
    if (failures > 0) throw new Error(`${failures} registrations were not answered 201`);

    const f = (r: Rate) => `${r.perSecond.toFixed(0)}/s (p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms)`;
    const ms = (c: CpuSnapshot) => `API ${c.api.toFixed(2)} · PostgreSQL ${c.postgres.toFixed(2)} · client ${c.client.toFixed(2)}`;
    rows.push(
      `Same embedded server, durable (fsync on, synchronous_commit on). The API is its own Node process; load average at the start ${load} (2 cores).`,
      '',
      '| measure | raw baseline: INSERT of a jsonb row of the same size, 16 writers | this project: HTTP register (signed in, validated, decided, appended) | ratio |',
      '| --- | ---: | ---: | ---: |',
      `| ${IN_FLIGHT} in flight, ${CLOSED_OPS} commands | ${f(baseline)} | ${f(http)} | **${(http.perSecond / baseline.perSecond).toFixed(2)}** |`,
      `| CPU ms per command (from /proc) | ${ms(rawCpu)} | ${ms(httpCpu)} | |`,
      '',
      '| open loop: offered rate | sent | sustained | p50 | p99 | most in flight |',
      '| ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${OPEN_RATE} commands/s for ${OPEN_SECONDS} s | ${open.sent} | ${open.perSecond.toFixed(0)}/s | ${open.p50Ms.toFixed(1)} ms | ${open.p99Ms.toFixed(1)} ms | ${open.maxInFlight} |`,
      '',
      'Open-loop latency counts from each request\'s scheduled send time; a "sustained" rate below the offered one means the system fell behind.',
      '',
      ...floorTable(floors, baseline),
    );
  } finally {
    if (started) await stopApi(started.child, started.api);
    await pg.stop();
    removeServerFolders(dir, pg);
    rmSync(filesDir, { recursive: true, force: true });
  }
  console.log(rows.join('\n'));
  writeBenchmarkSection('http-register', 'HTTP command path: register at 16 in flight and at a fixed 1,000 commands/s', rows.join('\n'));
}

void main();
