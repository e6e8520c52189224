import { Clock } from '@app/shared';
import { SmsSender } from '@app/platform/sms/sms-sender';
import { createTransport, Transporter } from 'nodemailer';
import { webhookHostProblem } from './outbound-address';
import { OutboxSettings } from './outbox.config';
import { OutboundMessage, OutboxStore } from './outbox-store';
import { DELIVERY_HEADER, signWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './webhook-signature';
import { OutboundChannel } from './outbox.entities';

/** A failure no retry can mend (nothing configured to send with, a refused target): the row goes straight to the dead letters. */
export class PermanentFailure extends Error {}

export interface ChannelSender {
  /** Resolves when the channel accepted the message; throws otherwise. */
  send(message: OutboundMessage): Promise<void>;
  close?(): void;
}

/** The Message-ID of a message: the same on every try, so a receiving system can tell a resend from a new mail. */
export function messageIdHeader(messageId: string, from: string): string {
  return `<${messageId}@${from.split('@')[1] ?? 'warehouse.invalid'}>`;
}

/** E-mail through the configured SMTP relay (nodemailer). */
export class EmailChannel implements ChannelSender {
  private readonly transport: Transporter | null;

  constructor(private readonly settings: OutboxSettings) {
    const smtp = settings.smtp;
    this.transport = smtp
      ? createTransport({
          host: smtp.host,
          port: smtp.port,
          secure: smtp.secure,
          auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
          connectionTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
  }

  async send(message: OutboundMessage): Promise<void> {
    if (!this.transport) throw new PermanentFailure('no SMTP relay is configured (SMTP_HOST)');
    await this.transport.sendMail({
      from: this.settings.from,
      to: message.recipient,
      subject: message.subject,
      text: message.link ? `${message.body}\n\n${message.link}` : message.body,
      messageId: messageIdHeader(message.messageId, this.settings.from),
      date: message.createdAt,
      headers: { 'X-Warehouse-Notification': message.notificationId },
    });
  }

  close(): void {
    this.transport?.close();
  }
}

/** The JSON a unit's webhook receives; the same bytes on every try but for the signature's timestamp. */
export function webhookBody(message: OutboundMessage): string {
  return JSON.stringify({
    deliveryId: message.messageId,
    notificationId: message.notificationId,
    userId: message.userId,
    title: message.subject,
    body: message.body,
    link: message.link,
    createdAt: message.createdAt.toISOString(),
  });
}

/**
 * POST to the unit's webhook (the row names the unit; URL and secret are read at send time), signed
 * with HMAC-SHA256. Any answer but 2xx is a failure to retry; redirects are not followed (a
 * redirect could lead into the internal network the URL check kept it out of).
 */
export class WebhookChannel implements ChannelSender {
  constructor(
    private readonly store: OutboxStore,
    private readonly settings: OutboxSettings,
    private readonly clock: Clock,
  ) {}

  async send(message: OutboundMessage): Promise<void> {
    const hook = await this.store.webhookOf(message.recipient);
    if (!hook) throw new PermanentFailure(`unit ${message.recipient} has no webhook any more`);
    const refused = await webhookHostProblem(hook.url, this.settings.allowPrivateWebhooks);
    if (refused) throw new PermanentFailure(refused);
    const body = webhookBody(message);
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const response = await fetch(hook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signWebhook(hook.secret, timestamp, body),
        [DELIVERY_HEADER]: message.messageId,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(this.settings.webhookTimeoutMs),
    });
    await response.body?.cancel();
    if (response.status < 200 || response.status >= 300) throw new Error(`webhook answered HTTP ${response.status}`);
  }
}

/** Texts through the SMS port (the log in development, an operator's gateway adapter in production). */
export class SmsChannel implements ChannelSender {
  constructor(private readonly sms: SmsSender) {}

  async send(message: OutboundMessage): Promise<void> {
    if (!this.sms.enabled) throw new PermanentFailure(`no SMS provider is configured (SMS_PROVIDER=${this.sms.provider})`);
    await this.sms.send(message.recipient, `【云公物仓】${message.subject}：${message.body}`);
  }
}

export type OutboundChannels = Readonly<Record<OutboundChannel, ChannelSender>>;
