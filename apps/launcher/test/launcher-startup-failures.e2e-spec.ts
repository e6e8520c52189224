import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LAUNCHER = join(__dirname, '..', '..', '..', 'dist', 'apps', 'launcher', 'src', 'main.js');

/** Runs the built launcher with extra settings; every case here fails before any child starts. */
function launch(settings: NodeJS.ProcessEnv): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, ...settings };
  for (const key of ['DATABASE_URL', 'EVENTSTORE_CONNECTION_STRING']) if (!(key in settings)) delete env[key];
  const result = spawnSync(process.execPath, [LAUNCHER], { env, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('launcher start-up failures are one clear line', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'launcher-fail-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function expectOneLine(run: { status: number | null; output: string }, line: string | RegExp): void {
    expect(run.status).toBe(1);
    const said = run.output.split('\n').filter((l) => l.includes('cannot start:'));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(line);
    expect(run.output).not.toMatch(/^\s+at /m);
  }

  it('names a bad setting', () => {
    expectOneLine(
      launch({ DATA_DIR: dir, EMBEDDED_POSTGRES_PORT: 'abc' }),
      /^\[launcher\] cannot start: Invalid configuration \(LauncherConfig\): EMBEDDED_POSTGRES_PORT: .*whole number/,
    );
  });

  it('refuses production mode without a secret or with an example one, before starting anything', () => {
    const production = { DATA_DIR: dir, NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@127.0.0.1:1/none' };
    expectOneLine(
      launch({ ...production, JWT_SECRET: '' }),
      '[launcher] cannot start: JWT_SECRET or JWT_SECRET_FILE must be set in production (NODE_ENV=production)',
    );
    expectOneLine(
      launch({ ...production, JWT_SECRET: 'CHANGE_ME_TO_32_OR_MORE_RANDOM_CHARACTERS' }),
      '[launcher] cannot start: JWT_SECRET is a default value: set a random secret of at least 32 characters in production',
    );
    const file = join(dir, 'jwt-secret');
    writeFileSync(file, 'short\n');
    expectOneLine(
      launch({ ...production, JWT_SECRET_FILE: file }),
      '[launcher] cannot start: JWT secret must be at least 32 characters (JWT_SECRET or JWT_SECRET_FILE)',
    );
  });

  it('refuses production mode with the SMS provider that logs codes, unless explicitly allowed with a phone lookup secret of its own', () => {
    const production = {
      DATA_DIR: dir,
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u:p@127.0.0.1:1/none',
      JWT_SECRET: 'k3Y-9f8Q2m5Zr7Lw1Xc4Vb6Nn0Hs2Jd8Pq',
    };
    expectOneLine(
      launch({ ...production, SMS_PROVIDER: 'log' }),
      '[launcher] cannot start: SMS_PROVIDER=log writes one-time codes to the log: not in production (unless SMS_LOG_IN_PRODUCTION=true)',
    );
    expectOneLine(
      launch({ ...production, SMS_PROVIDER: 'log', SMS_LOG_IN_PRODUCTION: 'true' }),
      '[launcher] cannot start: PHONE_LOOKUP_SECRET or PHONE_LOOKUP_SECRET_FILE must be set in production when an SMS provider is configured',
    );
  });

  it('names a data folder that cannot be made', () => {
    writeFileSync(join(dir, 'a-file'), '');
    expectOneLine(
      launch({ DATA_DIR: join(dir, 'a-file', 'data') }),
      `[launcher] cannot start: the data folder ${join(dir, 'a-file', 'data')} cannot be created (ENOTDIR): set DATA_DIR to a writable folder`,
    );
  });

  it('names a taken port for the embedded server', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      expectOneLine(
        launch({ DATA_DIR: dir, EMBEDDED_POSTGRES_PORT: String(port) }),
        `[launcher] cannot start: port ${port} is already in use (EMBEDDED_POSTGRES_PORT): choose another or leave it unset`,
      );
    } finally {
      taken.close();
    }
  });

  it('names a database it cannot reach', async () => {
    const closed: Server = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    expectOneLine(
      launch({ DATA_DIR: dir, DATABASE_URL: `postgres://u:p@127.0.0.1:${port}/warehouse` }),
      `[launcher] cannot start: cannot reach PostgreSQL at 127.0.0.1:${port} (connection refused): check DATABASE_URL`,
    );
  });
});
