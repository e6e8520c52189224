import { Logger } from '@nestjs/common';
import { hostname } from 'node:os';
import { Client } from 'pg';
import { LEASE_LOCK_CLASS } from '@app/read-models/checkpoints/projection-leases.sql';
/** How often the lease connection is checked: a holder cut off from the database stops within about this long. */
const HEARTBEAT_MS = 2_000;
const HEARTBEAT_TIMEOUT_MS = 5_000;

/** What a projection runner asks of the lease on its read model. */
export interface ProjectionLease {
  /** True when this process holds the read model's lease (taken now or held already). */
  acquire(): Promise<boolean>;
  /** Called once when the lease is lost (its connection ended): the runner stops applying. */
  onLost(listener: () => void): void;
  release(): Promise<void>;
}

/** The name a lease connection shows in pg_stat_activity: which projector process holds what. */
export const leaseHolderName = (): string => `projector ${hostname()} pid ${process.pid}`;

/**
 * One active projector per read model across instances. Each read model's lease is a session advisory lock
 * held on one connection of this process; PostgreSQL drops it the moment that session ends (process killed,
 * connection lost), and a standby instance, trying every second, takes over. Server-side TCP keepalives make a
 * vanished host's session end within seconds too. The checkpoint compare in each batch stays the guarantee
 * against applying an event twice; the lease only keeps the instances from fighting over every batch.
 */
export class ProjectionLeases {
  private readonly logger = new Logger('projection-leases');
  private client: Client | null = null;
  private connecting: Promise<Client> | null = null;
  private readonly held = new Set<string>();
  private readonly lostListeners = new Map<string, Array<() => void>>();
  private heartbeat: NodeJS.Timeout | null = null;
  private closed = false;
  /** One query at a time on the lease connection (read models ask for their leases together). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly connectionString: string) {}

  lease(name: string): ProjectionLease {
    return {
      acquire: () => this.acquire(name),
      onLost: (listener) => this.lostListeners.set(name, [...(this.lostListeners.get(name) ?? []), listener]),
      release: () => this.release(name),
    };
  }

  async acquire(name: string): Promise<boolean> {
    if (this.closed) return false;
    if (this.held.has(name)) return true;
    const client = await this.connection();
    const { rows } = await this.serial(() =>
      client.query<{ taken: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS taken', [LEASE_LOCK_CLASS, name]),
    );
    // Taken on a connection since lost: the lock went with it.
    if (rows[0].taken && this.client === client) this.held.add(name);
    return this.held.has(name);
  }

  async release(name: string): Promise<void> {
    if (!this.held.delete(name) || !this.client) return;
    const client = this.client;
    await this.serial(() => client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LEASE_LOCK_CLASS, name])).catch(() => undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    const client = this.client;
    this.client = null;
    this.held.clear();
    await client?.end().catch(() => undefined);
  }

  private connection(): Promise<Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.open().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async open(): Promise<Client> {
    const client = new Client({
      connectionString: this.connectionString,
      application_name: leaseHolderName(),
      keepAlive: true,
      query_timeout: HEARTBEAT_TIMEOUT_MS,
    });
    client.on('error', (error) => this.lost(client, error.message));
    client.on('end', () => this.lost(client, 'connection ended'));
    await client.connect();
    // The server notices a holder whose host vanished (no FIN, no RST) after about 5 + 2·3 s and drops its locks.
    await client.query('SET tcp_keepalives_idle = 5; SET tcp_keepalives_interval = 2; SET tcp_keepalives_count = 3');
    this.client = client;
    this.heartbeat = setInterval(() => {
      void this.serial(() => client.query('SELECT 1')).catch((error: Error) => this.lost(client, `heartbeat failed: ${error.message}`));
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
    return client;
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Every lease went with the connection: tell each holder, then start afresh on the next acquire. */
  private lost(client: Client, reason: string): void {
    if (this.client !== client) return;
    this.client = null;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    void client.end().catch(() => undefined);
    const names = [...this.held];
    this.held.clear();
    if (this.closed) return;
    if (names.length > 0) this.logger.warn(`lease connection lost (${reason}): ${names.join(', ')} stop until a lease is taken again`);
    for (const name of names) for (const listener of this.lostListeners.get(name) ?? []) listener();
  }
}
