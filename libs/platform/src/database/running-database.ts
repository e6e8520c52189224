import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm start` runs PostgreSQL embedded, on a port chosen at start. It writes where to find it here,
 * under DATA_DIR, so operator tools (the CLI) reach the running system without copying URLs from logs.
 */
export interface RunningDatabase {
  readonly databaseUrl: string;
  readonly pid: number;
  readonly startedAt: string;
}

export const runningDatabaseFile = (dataDir: string) => join(dataDir, 'running-database.json');

export function writeRunningDatabase(dataDir: string, databaseUrl: string): void {
  const entry: RunningDatabase = { databaseUrl, pid: process.pid, startedAt: new Date().toISOString() };
  // The URL carries the database password: readable by the owner only.
  writeFileSync(runningDatabaseFile(dataDir), JSON.stringify(entry, null, 2), { mode: 0o600 });
}

export function clearRunningDatabase(dataDir: string): void {
  rmSync(runningDatabaseFile(dataDir), { force: true });
}

/** The entry of a launcher that is still running, or null (no file, or its process has gone). */
export function readRunningDatabase(dataDir: string): RunningDatabase | null {
  const file = runningDatabaseFile(dataDir);
  if (!existsSync(file)) return null;
  const entry = JSON.parse(readFileSync(file, 'utf8')) as RunningDatabase;
  return isAlive(entry.pid) ? entry : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error: unknown) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
