import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { ModuleConfig } from '@app/platform/config/module-config';
import { databaseConfig } from '@app/platform/database/database.config';
import { INBOX_CHANGED_CHANNEL, usersInPayload } from '@app/read-models/inbox/inbox-signal';

type Listener = () => void;

/**
 * Tells the open inbox streams of this API process when a person's inbox changed: one LISTEN connection
 * (opened with the first stream, closed with the last) on the channel the inbox projection and mark-read
 * NOTIFY at commit, wherever they run. A dropped connection wakes every stream (they re-read their counts)
 * and is reopened by the next subscriber or after a short pause.
 */
@Injectable()
export class InboxLiveService implements OnApplicationShutdown {
  private readonly listeners = new Map<string, Set<Listener>>();
  private client: Promise<Client> | null = null;
  private closed = false;

  constructor(@Inject(databaseConfig.KEY) private readonly config: ModuleConfig<typeof databaseConfig>) {}

  /** Calls `onChange` whenever `userId`'s inbox may have changed; returns the unsubscribe. */
  subscribe(userId: string, onChange: Listener): () => void {
    const set = this.listeners.get(userId) ?? new Set<Listener>();
    set.add(onChange);
    this.listeners.set(userId, set);
    void this.listen().catch(() => undefined);
    return () => {
      set.delete(onChange);
      if (set.size === 0) this.listeners.delete(userId);
      if (this.listeners.size === 0) void this.stop();
    };
  }

  private wake(users: ReadonlySet<string> | 'all'): void {
    for (const [userId, set] of this.listeners) {
      if (users === 'all' || users.has(userId)) for (const listener of [...set]) listener();
    }
  }

  private listen(): Promise<Client> {
    if (this.closed) return Promise.reject(new Error('closed'));
    if (this.client) return this.client;
    const client = new Client({ connectionString: this.config.DATABASE_URL, application_name: 'inbox-live', keepAlive: true });
    const lost = () => {
      if (this.client !== opening) return;
      this.client = null;
      client.removeAllListeners();
      client.end().catch(() => undefined);
      // Whatever was said while deaf: every stream looks again, and listening resumes if anyone still listens.
      this.wake('all');
      if (this.listeners.size > 0 && !this.closed) setTimeout(() => void this.listen().catch(() => undefined), 1000).unref();
    };
    client.on('notification', (message) => {
      if (message.channel === INBOX_CHANGED_CHANNEL) this.wake(usersInPayload(message.payload));
    });
    client.on('error', lost);
    client.on('end', lost);
    const opening = client
      .connect()
      .then(() => client.query(`LISTEN ${INBOX_CHANGED_CHANNEL}`))
      .then(() => client);
    this.client = opening;
    opening.catch(lost);
    return opening;
  }

  private async stop(): Promise<void> {
    const opening = this.client;
    this.client = null;
    const client = await opening?.catch(() => null);
    client?.removeAllListeners();
    await client?.end().catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await this.stop();
  }
}
