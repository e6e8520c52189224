/**
 * The runs of one timed job: one at a time, none started once the application is shutting down, and
 * the shutdown waits for the run in progress, so a run never finds its database connections closed
 * under it (its work is either done or not begun).
 */
export class JobRuns {
  private current: Promise<void> | null = null;
  private stopped = false;

  /** Starts a run unless one is going or shutdown began; errors go to `onError` (a timer has nobody to throw to). */
  run(job: () => Promise<unknown>, onError: (error: unknown) => void): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.current) return this.current;
    this.current = job()
      .then(() => undefined, onError)
      .finally(() => (this.current = null));
    return this.current;
  }

  /** No run starts from now on; resolves when the one in progress (if any) has ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.current;
  }
}
