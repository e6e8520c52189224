/** What a child sends its launcher over the IPC channel once it serves. */
export const READY_MESSAGE = 'ready';

/**
 * When started by the launcher (a forked child with an IPC channel): says it is ready, and ends
 * when the launcher is gone (even killed with -9), so no orphan keeps the port or the database.
 */
export function reportToSupervisor(close: () => Promise<void>): void {
  if (!process.send) return;
  process.send(READY_MESSAGE);
  process.once('disconnect', () => {
    void close()
      .catch(() => undefined)
      .finally(() => process.exit(0));
  });
}
