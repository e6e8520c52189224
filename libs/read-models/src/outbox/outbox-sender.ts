import { Logger } from '@nestjs/common';
import { Clock } from '@app/shared';
import { backoffDelayMs } from './backoff';
import { OutboundChannels, PermanentFailure } from './outbound-channels';
import { OutboxSettings } from './outbox.config';
import { OutboundMessage, OutboxStore } from './outbox-store';

/** Where an e-mail or text goes now: the person's current address, opened from its seal (see ContactDetails). */
export interface AddressBook {
  addressOf(userId: string, channel: 'email' | 'sms'): Promise<string | null>;
}

const BATCH = 20;
const PRUNE_EVERY_MS = 3_600_000;
// Rows deleted per statement: a short lock and transaction each, whatever the backlog.
const PRUNE_BATCH = 5_000;
const DAY_MS = 86_400_000;

/**
 * The outbox sender: claims due rows, sends each on its channel, marks it sent, or schedules the
 * next try with exponential back-off, and after the last try leaves it as a dead letter. Runs in
 * the projector process (`OutboxSenderService`) or on its own (`outbox-sender.main.ts`); any number
 * may run at once (rows are claimed with SKIP LOCKED and a lease).
 */
export class OutboxSender {
  private readonly logger = new Logger('outbox');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = true;
  private prunedAt: number | null = null;

  constructor(
    private readonly store: OutboxStore,
    private readonly channels: OutboundChannels,
    private readonly settings: Pick<OutboxSettings, 'maxAttempts' | 'backoff' | 'leaseMs' | 'pollMs' | 'keepSentDays'>,
    private readonly clock: Clock,
    readonly workerId: string,
    private readonly addresses: AddressBook,
  ) {}

  /** One round: claims a batch and settles every row of it. Returns how many rows it took. */
  async runOnce(): Promise<number> {
    const now = this.clock.now();
    const claimed = await this.store.claim(this.workerId, now, new Date(now.getTime() + this.settings.leaseMs), BATCH);
    for (const message of claimed) await this.deliver(message);
    await this.pruneIfDue(now);
    return claimed.length;
  }

  /**
   * Sent rows older than `keepSentDays`, deleted once an hour (at the first round after a start); dead letters
   * stay for the administrator. Any number of senders may prune at once: they delete the same rows, no harm.
   */
  async pruneIfDue(now: Date): Promise<number> {
    if (this.settings.keepSentDays <= 0) return 0;
    if (this.prunedAt !== null && now.getTime() - this.prunedAt < PRUNE_EVERY_MS) return 0;
    this.prunedAt = now.getTime();
    const before = new Date(now.getTime() - this.settings.keepSentDays * DAY_MS);
    let pruned = 0;
    let gone: number;
    do {
      gone = await this.store.pruneSent(before, PRUNE_BATCH);
      pruned += gone;
    } while (gone === PRUNE_BATCH);
    if (pruned > 0) this.logger.log(`deleted ${pruned} sent messages older than ${this.settings.keepSentDays} days`);
    return pruned;
  }

  private async deliver(message: OutboundMessage): Promise<void> {
    if (message.attempts > this.settings.maxAttempts) {
      // Its earlier senders died holding it as often as it may be tried.
      await this.store.markFailed(message.messageId, this.workerId, 'sender stopped during every try', this.clock.now(), null);
      return;
    }
    let address: string | null = null;
    try {
      address = message.channel === 'webhook' ? message.recipient : await this.addresses.addressOf(message.userId, message.channel);
      if (address === null) throw new PermanentFailure('the person no longer gives an address for this channel');
      await this.channels[message.channel].send({ ...message, recipient: address });
    } catch (error) {
      const said = error instanceof Error ? error.message : String(error);
      // A relay's refusal may quote the address: the dead-letter page shows it masked, as the row does.
      const reason = address !== null && message.channel !== 'webhook' ? said.split(address).join(message.recipient) : said;
      const last = error instanceof PermanentFailure || message.attempts >= this.settings.maxAttempts;
      const now = this.clock.now();
      const retryAt = last ? null : new Date(now.getTime() + backoffDelayMs(message.attempts, this.settings.backoff));
      this.logger.warn(`${message.channel} ${message.messageId} try ${message.attempts} failed: ${reason}${last ? ' (dead letter)' : ''}`);
      await this.store.markFailed(message.messageId, this.workerId, reason, now, retryAt);
      return;
    }
    await this.store.markSent(message.messageId, this.clock.now());
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .catch((error: unknown) => this.logger.error(`round failed: ${error instanceof Error ? error.message : String(error)}`))
        .then((taken) => this.schedule(taken === BATCH ? 0 : this.settings.pollMs));
    }, ms);
  }
}
