import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgresError } from './embedded-postgres.error';
import { postgresBinaries, PostgresUser, reachableBy } from './postgres-binaries';
import { freePort } from '../net/free-port';
import { initialiseCluster, startServer } from './postgres-server';

export { EmbeddedPostgresError } from './embedded-postgres.error';

export interface EmbeddedPostgresOptions {
  /** Preferred data folder; a fallback under the system temp folder is used when PostgreSQL could not reach it. */
  readonly dataDir: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly database: string;
  /** Tests trade durability for speed (fsync off); the running system never does. */
  readonly durable: boolean;
  readonly log?: (line: string) => void;
  /** A PostgreSQL build (`bin/`, `lib/`, `share/`) other than the npm package's. */
  readonly nativeDir?: string;
  /** Where a build the `postgres` user cannot reach is copied to (default: the temp folder). */
  readonly binariesCacheDir?: string;
  /**
   * Run the server in its own process group, so a Ctrl-C in the terminal reaches only the caller,
   * which stops the server itself after whatever uses it (the launcher stops its children first).
   */
  readonly ownProcessGroup?: boolean;
}

export interface RunningPostgres {
  readonly url: string;
  readonly dataDir: string;
  /** The build the server runs from (a reachable copy when the npm package's folder is not). */
  readonly nativeDir: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolvePort(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolvePort(true)));
  });
}

function idOf(flag: '-u' | '-g'): number | null {
  try {
    return Number(execFileSync('id', [flag, USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    return null;
  }
}

/** As root, the OS user the server runs as; made on first use, as a package install would. */
function postgresUser(): PostgresUser {
  let uid = idOf('-u');
  if (uid === null) {
    try {
      if (execFileSync('getent', ['group', USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === '')
        throw new Error();
    } catch {
      execFileSync('groupadd', ['--system', USER], { stdio: 'ignore' });
    }
    try {
      execFileSync('useradd', ['--system', '-g', USER, '--no-create-home', USER], { stdio: 'ignore' });
    } catch {
      throw new EmbeddedPostgresError('PostgreSQL cannot run as root and no "postgres" OS user exists or could be made (useradd failed)');
    }
    uid = idOf('-u');
  }
  const gid = idOf('-g');
  if (uid === null || gid === null)
    throw new EmbeddedPostgresError('PostgreSQL cannot run as root and the "postgres" OS user could not be found');
  return { uid, gid };
}

/**
 * As root the data folder must be reachable and owned by the `postgres` OS user. A project checked
 * out under a folder that user cannot enter (a private home, a 0700 CI workspace) gets its data
 * folder under the temp folder instead, keyed by the project path so that restarts find the same data.
 */
function chooseDataDir(preferred: string, user: PostgresUser | null): string {
  if (!user || reachableBy(preferred, user.uid)) return resolve(preferred);
  const key = createHash('sha1').update(resolve(preferred)).digest('hex').slice(0, 12);
  return join(tmpdir(), `cloud-warehouse-pg-${key}`);
}

function prepareDataDir(dataDir: string, user: PostgresUser | null): void {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (!statSync(dataDir).isDirectory()) throw new Error('not a folder');
    if (user) chownSync(dataDir, user.uid, user.gid);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new EmbeddedPostgresError(`the database folder ${dataDir} cannot be used (${reason}); set DATA_DIR to a writable folder`);
  }
}

/**
 * A real PostgreSQL server from the npm package's binaries, for `npm start`, tests and benchmarks.
 * Every failure is an EmbeddedPostgresError whose message is one line naming the cause.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const user = userInfo().uid === 0 ? postgresUser() : null;
  const binaries = postgresBinaries(user, { nativeDir: options.nativeDir, cacheDir: options.binariesCacheDir });
  const dataDir = chooseDataDir(options.dataDir, user);
  const log = options.log ?? (() => undefined);
  let port = options.port ?? 0;
  if (port > 0 && !(await portFree(port)))
    throw new EmbeddedPostgresError(`port ${port} is already in use (EMBEDDED_POSTGRES_PORT): choose another or leave it unset`);
  if (port <= 0) port = await freePort();

  prepareDataDir(dataDir, user);
  if (!existsSync(join(dataDir, 'PG_VERSION')))
    await initialiseCluster({ nativeDir: binaries.nativeDir, dataDir, user, superuser: USER, password: PASSWORD, log });
  const server = await startServer({
    nativeDir: binaries.nativeDir,
    dataDir,
    user,
    port,
    log,
    detached: options.ownProcessGroup ?? false,
    flags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      ...(options.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
  });

  try {
    const admin = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
    await admin.connect();
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
      if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(options.database)}`);
    } finally {
      await admin.end();
    }
  } catch (error) {
    await server.stop();
    throw new EmbeddedPostgresError(
      `PostgreSQL started but database "${options.database}" could not be opened: ${(error as Error).message}`,
    );
  }

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    dataDir,
    nativeDir: binaries.nativeDir,
    stop: () => server.stop(),
  };
}
