import { ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@app/platform/net/free-port';
import { createTestDatabase } from '@test/support/test-database';
import { tempFolders } from '@test/support/temp-folders';

const API_MAIN = join(__dirname, '..', '..', '..', 'dist', 'apps', 'api', 'src', 'main.js');

describe('JSON logs (LOG_FORMAT=json): one object a line, with request and correlation ids, nothing secret', () => {
  const folders = tempFolders();
  let api: ChildProcess;
  let base: string;
  const output: string[] = [];

  beforeAll(async () => {
    if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build first (npm test runs npm run build)`);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    api = spawn(process.execPath, [API_MAIN], {
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: await createTestDatabase('jsonlogs'),
        JWT_SECRET: 'json-logs-secret-json-logs-secret-42',
        DEMO_LOGIN: 'true',
        ORG_SEED_DEMO: 'true',
        AUDIT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        FILES_DIR: folders.make('json-logs-files-'),
        LOG_FORMAT: 'json',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [api.stdout!, api.stderr!]) stream.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n')));
    const deadline = Date.now() + 60_000;
    for (;;) {
      const up = await fetch(`${base}/api/health/live`).catch(() => null);
      if (up?.ok) break;
      if (api.exitCode !== null || Date.now() > deadline) throw new Error(`the API did not start:\n${output.join('\n')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 90_000);
  afterAll(async () => {
    if (api.exitCode === null) {
      const exited = new Promise((r) => api.once('exit', r));
      api.kill('SIGTERM');
      await exited;
    }
    folders.removeAll();
  });

  const lines = () =>
    output
      .filter((l) => l.trim() !== '')
      .map((l) => {
        try {
          return JSON.parse(l) as Record<string, unknown>;
        } catch {
          throw new Error(`not a JSON log line: ${l}`);
        }
      });

  it('logs each request with its ids, the caller and the status, without query string, token or cookie', async () => {
    const login = await fetch(`${base}/api/auth/demo-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'mgr-edu' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const answer = await fetch(`${base}/api/search?q=13800138000`, {
      headers: { authorization: `Bearer ${accessToken}`, 'x-request-id': 'req-0123456789', 'x-correlation-id': 'corr-0123456789' },
    });
    expect(answer.headers.get('x-request-id')).toBe('req-0123456789');
    const unnamed = await fetch(`${base}/api/health/ready`);
    const generated = unnamed.headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((r) => setTimeout(r, 300));

    const all = lines();
    const request = all.find((l) => (l.req as { id?: string } | undefined)?.id === 'req-0123456789');
    expect(request).toMatchObject({
      correlationId: 'corr-0123456789',
      userId: 'mgr-edu',
      req: { method: 'GET', path: '/api/search' },
      res: { statusCode: answer.status },
    });
    expect(typeof request!.responseTime).toBe('number');
    expect(all.some((l) => (l.req as { id?: string } | undefined)?.id === generated)).toBe(true);
    // Nest's own lines are JSON too.
    expect(all.some((l) => typeof l.msg === 'string' && (l.msg as string).startsWith('API on http'))).toBe(true);
    const text = output.join('\n');
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain(accessToken);
  });
});
