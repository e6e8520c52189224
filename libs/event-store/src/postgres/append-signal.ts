import { Client } from 'pg';

/**
 * Wakes waiting subscribers when an append commits (LISTEN event_store_appended). Appends coalesce
 * their notifications (one notifier at a time), so a wake-up says "look again", not what was written.
 * The listening connection is opened lazily and reopened after a failure; waiters also
 * time out, so a dropped connection only slows delivery down, it never stops it.
 */
export class AppendSignal {
  private listener: Promise<Client> | null = null;
  private readonly waiters = new Set<() => void>();
  private closed = false;

  constructor(private readonly connect: () => Client) {}

  /** Resolves true when woken (a notification, or cancelled), false when the time ran out. */
  async waitForAppend(timeoutMs: number, registerCancel: (cancel: () => void) => void): Promise<boolean> {
    await this.ensureListening().catch(() => undefined);
    return new Promise<boolean>((resolve) => {
      const finish = (woken: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve(woken);
      };
      const done = () => finish(true);
      const timer = setTimeout(() => finish(false), timeoutMs);
      this.waiters.add(done);
      registerCancel(done);
    });
  }

  private ensureListening(): Promise<Client> {
    if (this.closed) return Promise.reject(new Error('closed'));
    if (!this.listener) {
      const client = this.connect();
      const drop = () => {
        this.listener = null;
        client.removeAllListeners();
        client.end().catch(() => undefined);
      };
      client.on('notification', () => {
        for (const waiter of [...this.waiters]) waiter();
      });
      client.on('error', drop);
      this.listener = client
        .connect()
        .then(() => client.query('LISTEN event_store_appended'))
        .then(() => client)
        .catch((error: unknown) => {
          drop();
          throw error;
        });
    }
    return this.listener;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of [...this.waiters]) waiter();
    const listener = this.listener;
    this.listener = null;
    if (listener) {
      const client = await listener.catch(() => null);
      await client?.end().catch(() => undefined);
    }
  }
}
