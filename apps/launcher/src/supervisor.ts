import { ChildProcess, fork } from 'node:child_process';
import { READY_MESSAGE } from '@app/platform/process/supervision';

export interface ChildSpec {
  readonly name: string;
  /** The compiled entry point (`dist/apps/<name>/src/main.js`). */
  readonly script: string;
  /** Node flags for the child (a heap cap), after the launcher's own. */
  readonly nodeFlags?: readonly string[];
}

export interface SupervisorOptions {
  readonly env: NodeJS.ProcessEnv;
  readonly log: (line: string) => void;
  /** First restart delay; doubles with each crash in a row, up to maxBackoffMs. */
  readonly minBackoffMs?: number;
  readonly maxBackoffMs?: number;
  /** A child up this long counts as healthy again: its next crash restarts after minBackoffMs. */
  readonly stableAfterMs?: number;
  /** How long a child has after SIGTERM before it is killed. */
  readonly stopTimeoutMs?: number;
}

/** A child ended before it ever said it was ready: a start-up failure, not a crash. */
export class ChildStartError extends Error {
  constructor(readonly child: string) {
    super(`${child} could not start`);
  }
}

/**
 * Runs the API and the projector as child processes and keeps them running: a child that dies
 * (a crash, an out-of-memory kill, kill -9) is started again after a back-off, as `npm start`
 * users expect without an outer supervisor. stop() ends every child within stopTimeoutMs.
 */
export class Supervisor {
  private readonly running = new Map<string, ChildProcess>();
  private readonly pendingRestarts = new Set<NodeJS.Timeout>();
  private readonly crashesInARow = new Map<string, number>();
  private readonly restartCount = new Map<string, number>();
  private stopping = false;

  constructor(
    private readonly children: readonly ChildSpec[],
    private readonly options: SupervisorOptions,
  ) {}

  /** Resolves once every child has said it is ready; rejects with ChildStartError if one ends first. */
  async start(): Promise<void> {
    await Promise.all(this.children.map((spec) => this.launch(spec, true)));
  }

  restarts(name: string): number {
    return this.restartCount.get(name) ?? 0;
  }

  pid(name: string): number | undefined {
    return this.running.get(name)?.pid;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    for (const timer of this.pendingRestarts) clearTimeout(timer);
    this.pendingRestarts.clear();
    await Promise.all([...this.running.values()].map((child) => this.end(child)));
  }

  private launch(spec: ChildSpec, firstStart: boolean): Promise<void> {
    const execArgv = [...process.execArgv, ...(spec.nodeFlags ?? [])];
    const child = fork(spec.script, [], { env: this.options.env, stdio: 'inherit', execArgv });
    const startedAt = Date.now();
    let ready = false;
    this.running.set(spec.name, child);
    return new Promise<void>((resolve, reject) => {
      child.on('message', (message) => {
        if (message !== READY_MESSAGE || ready) return;
        ready = true;
        this.options.log(`${spec.name} ready (pid ${child.pid})`);
        resolve();
      });
      child.once('exit', (code, signal) => {
        if (this.running.get(spec.name) === child) this.running.delete(spec.name);
        if (this.stopping) return resolve();
        if (firstStart && !ready) return reject(new ChildStartError(spec.name));
        this.scheduleRestart(spec, `${code ?? signal}`, Date.now() - startedAt);
        resolve();
      });
    });
  }

  private scheduleRestart(spec: ChildSpec, how: string, upForMs: number): void {
    const { minBackoffMs = 500, maxBackoffMs = 30_000, stableAfterMs = 30_000 } = this.options;
    const crashes = upForMs >= stableAfterMs ? 1 : (this.crashesInARow.get(spec.name) ?? 0) + 1;
    this.crashesInARow.set(spec.name, crashes);
    const delay = Math.min(maxBackoffMs, minBackoffMs * 2 ** (crashes - 1));
    this.options.log(`${spec.name} exited (${how}) after ${(upForMs / 1000).toFixed(1)} s; restarting in ${delay} ms`);
    const timer = setTimeout(() => {
      this.pendingRestarts.delete(timer);
      if (this.stopping) return;
      this.restartCount.set(spec.name, this.restarts(spec.name) + 1);
      void this.launch(spec, false);
    }, delay);
    this.pendingRestarts.add(timer);
  }

  private async end(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), this.options.stopTimeoutMs ?? 5_000);
    await exited;
    clearTimeout(timer);
  }
}
