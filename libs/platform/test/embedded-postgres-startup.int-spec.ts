import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgresError, startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { packagedNativeDir } from '@app/platform/database/postgres-binaries';

const asRoot = process.getuid?.() === 0;
const cleanup: string[] = [];

/** A folder only its owner can enter, like a private home or a container's workspace. */
function privateDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o700);
  cleanup.push(dir);
  return dir;
}

function openDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  cleanup.push(dir);
  return dir;
}

async function startupError(start: Promise<unknown>): Promise<string> {
  const error = await start.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EmbeddedPostgresError);
  const message = (error as Error).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('embedded PostgreSQL started from any folder', () => {
  let hiddenBuild: string;
  beforeAll(() => {
    // The npm package's PostgreSQL build, as it would sit in a clone inside a 0700 folder.
    const hidden = privateDir('pg-private-clone-');
    hiddenBuild = join(hidden, 'node_modules', 'native');
    cpSync(packagedNativeDir(), hiddenBuild, { recursive: true, verbatimSymlinks: true });
  });
  afterAll(() => {
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  it('given server binaries inside a folder the postgres user cannot enter, when started, then it runs them from a reachable copy, reused next time', async () => {
    const cache = openDir('pg-binaries-cache-');
    const data = openDir('pg-data-');
    const options = { dataDir: join(data, 'pg'), database: 'reach', durable: false, nativeDir: hiddenBuild, binariesCacheDir: cache };

    const first = await startEmbeddedPostgres(options);
    try {
      const sql = new Client({ connectionString: first.url });
      await sql.connect();
      const { rows } = await sql.query<{ version: string }>('SELECT version()');
      await sql.end();
      expect(rows[0].version).toMatch(/^PostgreSQL 18/);
      expect(first.dataDir).toBe(join(data, 'pg'));
      // As root the server runs as `postgres`, which cannot reach the 0700 folder: a copy is used. Otherwise the build runs in place.
      if (asRoot) expect(first.nativeDir.startsWith(cache)).toBe(true);
      else expect(first.nativeDir).toBe(hiddenBuild);
    } finally {
      await first.stop();
    }
    const copiedAt = statSync(first.nativeDir).mtimeMs;

    const second = await startEmbeddedPostgres(options);
    await second.stop();
    expect(second.nativeDir).toBe(first.nativeDir);
    expect(statSync(second.nativeDir).mtimeMs).toBe(copiedAt);
  });

  it('says in one line that the binaries are unreachable when no reachable copy can be made', async () => {
    const cache = privateDir('pg-binaries-cache-private-');
    const start = startEmbeddedPostgres({
      dataDir: join(openDir('pg-data-'), 'pg'),
      database: 'x',
      durable: false,
      nativeDir: hiddenBuild,
      binariesCacheDir: cache,
    });
    if (asRoot) expect(await startupError(start)).toMatch(/binaries at .* are unreachable for the postgres OS user/);
    else await (await start).stop();
  });

  it('says in one line that the binaries are missing', async () => {
    const empty = openDir('pg-no-binaries-');
    const message = await startupError(
      startEmbeddedPostgres({ dataDir: join(empty, 'pg'), database: 'x', durable: false, nativeDir: empty }),
    );
    expect(message).toBe(`PostgreSQL server binaries not found at ${empty} (run npm ci)`);
  });

  it('says in one line that the port is taken', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const message = await startupError(
        startEmbeddedPostgres({ dataDir: join(openDir('pg-data-'), 'pg'), port, database: 'x', durable: false }),
      );
      expect(message).toBe(`port ${port} is already in use (EMBEDDED_POSTGRES_PORT): choose another or leave it unset`);
    } finally {
      taken.close();
    }
  });

  it('says in one line that the data folder cannot be used', async () => {
    const data = openDir('pg-data-');
    const dataDir = join(data, 'pg');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'notes.txt'), 'someone else’s files');
    const message = await startupError(startEmbeddedPostgres({ dataDir, database: 'x', durable: false }));
    expect(message).toMatch(new RegExp(`^initdb failed for the database folder ${dataDir}: .*exists but is not empty`));
  });
});
