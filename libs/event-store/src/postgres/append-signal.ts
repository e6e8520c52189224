import { Client } from 'pg';

/**
 * Wakes waiting subscribers when an append commits (LISTEN event_store_appended).
 * The listening connection is opened lazily and reopened after a failure; waiters also
 * time out, so a dropped connection only slows delivery down, it never stops it.
 */
export class AppendSignal {
  private listener: Promise<Client> | null = null;
  private readonly waiters = new Set<() => void>();
  private closed = false;

  constructor(private readonly connect: () => Client) {}

  async waitForAppend(timeoutMs: number, registerCancel: (cancel: () => void) => void): Promise<void> {
    await this.ensureListening().catch(() => undefined);
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
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
