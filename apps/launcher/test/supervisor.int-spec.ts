import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChildStartError, Supervisor } from '../src/supervisor';

/** Small stand-ins for the API and the projector, so each behaviour is one line of script. */
describe('launcher supervisor', () => {
  let dir: string;
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  const script = (name: string, body: string) => {
    const file = join(dir, `${name}.js`);
    writeFileSync(file, body);
    return { name, script: file };
  };
  const READY = `process.send('ready');`;
  const until = async (what: () => boolean) => {
    while (!what()) await new Promise((r) => setTimeout(r, 10));
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'supervisor-'));
    lines.length = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('given a child that keeps crashing, then it is restarted each time with a growing back-off, until stopped', async () => {
    const crasher = script('crasher', `${READY} setTimeout(() => process.exit(3), 20);`);
    const steady = script('steady', `${READY} setInterval(() => undefined, 1000);`);
    const supervisor = new Supervisor([crasher, steady], { env: process.env, log, minBackoffMs: 20, maxBackoffMs: 80 });
    await supervisor.start();
    await until(() => supervisor.restarts('crasher') >= 4);
    await supervisor.stop();

    const delays = lines.filter((l) => l.startsWith('crasher exited (3)')).map((l) => Number(/restarting in (\d+) ms/.exec(l)?.[1]));
    expect(delays.slice(0, 4)).toEqual([20, 40, 80, 80]);
    expect(supervisor.restarts('steady')).toBe(0);
    expect(supervisor.pid('steady')).toBeUndefined();
  });

  it('given a child killed with -9, then it is back under a new pid', async () => {
    const steady = script('steady', `${READY} setInterval(() => undefined, 1000);`);
    const supervisor = new Supervisor([steady], { env: process.env, log, minBackoffMs: 20 });
    await supervisor.start();
    const first = supervisor.pid('steady') as number;
    process.kill(first, 'SIGKILL');
    await until(() => supervisor.restarts('steady') === 1 && lines.filter((l) => l.startsWith('steady ready')).length === 2);
    expect(supervisor.pid('steady')).not.toBe(first);
    expect(lines).toContainEqual(expect.stringMatching(/^steady exited \(SIGKILL\) after .* restarting in 20 ms$/));
    await supervisor.stop();
  });

  it('given a child that ends before it is ready, then start fails naming it and nothing is restarted', async () => {
    const broken = script('broken', `process.exit(1);`);
    const steady = script('steady', `${READY} setInterval(() => undefined, 1000);`);
    const supervisor = new Supervisor([steady, broken], { env: process.env, log, minBackoffMs: 20 });
    await expect(supervisor.start()).rejects.toEqual(new ChildStartError('broken'));
    await supervisor.stop();
    expect(supervisor.restarts('broken')).toBe(0);
    expect(supervisor.pid('steady')).toBeUndefined();
  });

  it('given node flags for a child, then that child runs with them and the others without', async () => {
    // Each child writes V8's heap limit next to its script before it says it is ready.
    const body = `require('node:fs').writeFileSync(__filename + '.limit', String(require('node:v8').getHeapStatistics().heap_size_limit)); ${READY} setInterval(() => undefined, 1000);`;
    const capped = script('capped', body);
    const plain = script('plain', body);
    const supervisor = new Supervisor([{ ...capped, nodeFlags: ['--max-old-space-size=96'] }, plain], { env: process.env, log });
    await supervisor.start();
    await supervisor.stop();
    const limitMiB = (file: string) => Number(readFileSync(`${file}.limit`, 'utf8')) / 2 ** 20;
    // V8's limit is the old space asked for plus the young generation: from 96 MiB up, far below the default.
    expect(limitMiB(capped.script)).toBeGreaterThanOrEqual(96);
    expect(limitMiB(capped.script)).toBeLessThan(160);
    expect(limitMiB(plain.script)).toBeGreaterThan(limitMiB(capped.script) * 4);
  });

  it('given a child that ignores SIGTERM, then stop kills it after the timeout', async () => {
    const stubborn = script('stubborn', `process.on('SIGTERM', () => undefined); ${READY} setInterval(() => undefined, 1000);`);
    const supervisor = new Supervisor([stubborn], { env: process.env, log, stopTimeoutMs: 200 });
    await supervisor.start();
    const pid = supervisor.pid('stubborn') as number;
    await supervisor.stop();
    expect(() => process.kill(pid, 0)).toThrow();
    expect(lines.some((l) => l.includes('restarting'))).toBe(false);
  });
});
