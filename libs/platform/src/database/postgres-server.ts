import { ChildProcess, spawn } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres.error';
import { PostgresUser } from './postgres-binaries';

const START_TIMEOUT_MS = 60_000;
/** Fast shutdown (SIGINT) first; immediate shutdown (SIGQUIT) and then SIGKILL if it does not finish. */
const FAST_SHUTDOWN_MS = 8_000;
const IMMEDIATE_SHUTDOWN_MS = 2_000;

// Messages are parsed ("ready to accept connections"), so they must be in English.
const env = (): NodeJS.ProcessEnv => ({ ...process.env, LC_MESSAGES: 'C', LC_ALL: undefined });

interface Spawned {
  readonly child: ChildProcess;
  readonly output: string[];
  /** Resolves with the exit code (or signal), or with the spawn error (EACCES, ENOENT). */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>;
}

function run(file: string, args: string[], user: PostgresUser | null, log: (line: string) => void, detached = false): Spawned {
  const output: string[] = [];
  const child = spawn(file, args, { ...(user ?? {}), cwd: '/', env: env(), detached, stdio: ['ignore', 'pipe', 'pipe'] });
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      output.push(line);
      if (output.length > 50) output.shift();
      log(line);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, error }));
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, output, exited };
}

/** The line of PostgreSQL's output that says what went wrong. */
function cause(output: string[]): string {
  const line = [...output].reverse().find((l) => /FATAL|ERROR|error:|could not|Permission denied/i.test(l)) ?? output.at(-1) ?? 'no output';
  return line.replace(/^.*?(FATAL|ERROR|initdb: error):\s*/, '').trim();
}

export async function initialiseCluster(options: {
  nativeDir: string;
  dataDir: string;
  user: PostgresUser | null;
  superuser: string;
  password: string;
  log: (line: string) => void;
}): Promise<void> {
  const secretDir = mkdtempSync(join(tmpdir(), 'pg-init-'));
  const pwfile = join(secretDir, 'password');
  writeFileSync(pwfile, `${options.password}\n`, { mode: 0o600 });
  if (options.user) {
    chownSync(secretDir, options.user.uid, options.user.gid);
    chownSync(pwfile, options.user.uid, options.user.gid);
  }
  try {
    const initdb = run(
      join(options.nativeDir, 'bin', 'initdb'),
      [
        `--pgdata=${options.dataDir}`,
        '--auth=password',
        `--username=${options.superuser}`,
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        // Builtin C.UTF-8 (PostgreSQL 17+) classifies CJK characters as letters, which pg_trgm needs to index Chinese text.
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--lc-messages=C',
      ],
      options.user,
      options.log,
    );
    const result = await initdb.exited;
    if (result.error)
      throw new EmbeddedPostgresError(
        `initdb could not be run from ${options.nativeDir} (${(result.error as NodeJS.ErrnoException).code})`,
      );
    if (result.code !== 0)
      throw new EmbeddedPostgresError(`initdb failed for the database folder ${options.dataDir}: ${cause(initdb.output)}`);
  } finally {
    rmSync(secretDir, { recursive: true, force: true });
  }
}

export interface RunningServer {
  stop(): Promise<void>;
}

export async function startServer(options: {
  nativeDir: string;
  dataDir: string;
  user: PostgresUser | null;
  port: number;
  flags: string[];
  log: (line: string) => void;
  detached: boolean;
}): Promise<RunningServer> {
  const server = run(
    join(options.nativeDir, 'bin', 'postgres'),
    ['-D', options.dataDir, '-p', String(options.port), ...options.flags],
    options.user,
    options.log,
    options.detached,
  );
  let exited = false;
  void server.exited.then(() => (exited = true));
  // Should this process end without stopping it (an uncaught error, process.exit), the server shuts down too.
  const onExit = () => {
    if (!exited) server.child.kill('SIGINT');
  };
  process.once('exit', onExit);

  const stop = async () => {
    process.removeListener('exit', onExit);
    if (exited) return;
    const signals: [NodeJS.Signals, number][] = [
      ['SIGINT', FAST_SHUTDOWN_MS],
      ['SIGQUIT', IMMEDIATE_SHUTDOWN_MS],
      ['SIGKILL', IMMEDIATE_SHUTDOWN_MS],
    ];
    for (const [signal, wait] of signals) {
      server.child.kill(signal);
      const done = await Promise.race([
        server.exited.then(() => true),
        new Promise<boolean>((r) => setTimeout(() => r(false), wait).unref()),
      ]);
      if (done) return;
    }
  };

  const outcome = await new Promise<'ready' | 'exited' | 'timeout'>((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), START_TIMEOUT_MS);
    server.child.stderr?.on('data', (chunk: Buffer) => {
      if (chunk.toString('utf8').includes('database system is ready to accept connections')) {
        clearTimeout(timer);
        resolve('ready');
      }
    });
    void server.exited.then(() => {
      clearTimeout(timer);
      resolve('exited');
    });
  });
  if (outcome === 'ready') return { stop };

  await stop();
  const result = await server.exited;
  if (result.error)
    throw new EmbeddedPostgresError(
      `PostgreSQL could not be run from ${options.nativeDir} (${(result.error as NodeJS.ErrnoException).code})`,
    );
  const text = server.output.join('\n');
  if (/could not bind|Address already in use/i.test(text))
    throw new EmbeddedPostgresError(`port ${options.port} is already in use (EMBEDDED_POSTGRES_PORT): choose another or leave it unset`);
  if (/lock file "postmaster.pid" already exists/.test(text))
    throw new EmbeddedPostgresError(`the database folder ${options.dataDir} is in use by another PostgreSQL server: stop it first`);
  if (outcome === 'timeout')
    throw new EmbeddedPostgresError(`PostgreSQL did not become ready within ${START_TIMEOUT_MS / 1000} s: ${cause(server.output)}`);
  throw new EmbeddedPostgresError(`PostgreSQL could not start on ${options.dataDir}: ${cause(server.output)}`);
}
