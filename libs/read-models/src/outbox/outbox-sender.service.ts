import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { Clock, PersonalDataVault } from '@app/shared';
import { ModuleConfig } from '@app/platform/config/module-config';
import { SmsSender } from '@app/platform/sms/sms-sender';
import { EmailChannel, OutboundChannels, SmsChannel, WebhookChannel } from './outbound-channels';
import { outboxConfig, outboxSettings } from './outbox.config';
import { OutboxSender } from './outbox-sender';
import { OutboxStore } from './outbox-store';
import { ContactDetails } from './contact-details';

/** The outbox sender as a Nest provider: started with the app (unless OUTBOX_SENDER=off), stopped with it. */
@Injectable()
export class OutboxSenderService implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly sender: OutboxSender;
  private readonly channels: OutboundChannels;
  private readonly on: boolean;

  constructor(
    dataSource: DataSource,
    @Inject(outboxConfig.KEY) config: ModuleConfig<typeof outboxConfig>,
    sms: SmsSender,
    clock: Clock,
    vault: PersonalDataVault,
  ) {
    const settings = outboxSettings(config);
    const store = new OutboxStore(dataSource);
    this.channels = { email: new EmailChannel(settings), webhook: new WebhookChannel(store, settings, clock), sms: new SmsChannel(sms) };
    const contacts = new ContactDetails(vault);
    this.sender = new OutboxSender(store, this.channels, settings, clock, `${hostname()}:${process.pid}`, {
      addressOf: (userId, channel) => contacts.addressOf(dataSource, userId, channel),
    });
    this.on = settings.senderOn;
    new Logger('outbox').log(
      `sender ${this.on ? 'on' : 'off'}; e-mail ${settings.smtp ? `via ${settings.smtp.host}:${settings.smtp.port}` : 'not configured'}`,
    );
  }

  onApplicationBootstrap(): void {
    if (this.on) this.sender.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.sender.stop();
    for (const channel of Object.values(this.channels)) channel.close?.();
  }
}
