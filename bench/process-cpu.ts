/**
 * CPU time spent by the processes of one run, read from /proc (Linux): user + system time of a given
 * process, of every PostgreSQL backend, and of this process. On a shared two-core machine the rate a run
 * reaches depends on the load; the CPU each command costs does not, and says which side to make cheaper.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TICK_MS = 10; // USER_HZ is 100 on Linux.

interface Stat {
  parent: string;
  cpuMs: number;
}

function stat(pid: string): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    const fields = text.slice(close + 2).split(' ');
    // Fields after the command name: ppid is the 2nd, utime the 12th, stime the 13th (proc(5): 4, 14, 15).
    return { parent: fields[1], cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
  } catch {
    return null; // the process ended meanwhile
  }
}

export interface CpuSnapshot {
  readonly api: number;
  readonly postgres: number;
  readonly client: number;
}

/** The postmaster's process id, from the first line of its data folder's postmaster.pid. */
export function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/**
 * CPU milliseconds so far: the API process, one PostgreSQL server (the postmaster and its backends,
 * not other servers on the machine), and this (client) process.
 */
export function cpuSnapshot(apiPid: number, postmaster: number): CpuSnapshot {
  let postgres = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = stat(entry);
    if (s && (entry === String(postmaster) || s.parent === String(postmaster))) postgres += s.cpuMs;
  }
  const self = process.cpuUsage();
  return { api: stat(String(apiPid))?.cpuMs ?? 0, postgres, client: (self.user + self.system) / 1000 };
}

/** CPU milliseconds per operation between two snapshots. Backends that exited in between are not counted. */
export function cpuPerOp(before: CpuSnapshot, after: CpuSnapshot, ops: number): CpuSnapshot {
  return {
    api: (after.api - before.api) / ops,
    postgres: (after.postgres - before.postgres) / ops,
    client: (after.client - before.client) / ops,
  };
}
