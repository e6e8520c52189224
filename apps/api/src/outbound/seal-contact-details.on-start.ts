import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { OutboundSettingsQueries } from '@app/read-models/outbox/outbound-settings.queries';

/**
 * Contact details saved before they were sealed per person are sealed when the API starts (the
 * migration cannot: sealing needs the deployment's suite and keys). Several API processes starting
 * at once seal each row once; a failure is logged and tried again at the next start.
 */
@Injectable()
export class SealContactDetailsOnStart implements OnApplicationBootstrap {
  private readonly logger = new Logger('contact-details');

  constructor(private readonly settings: OutboundSettingsQueries) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      const sealed = await this.settings.sealPlainContactDetails();
      if (sealed > 0) this.logger.log(`sealed the contact details of ${sealed} people saved in plain text by an earlier version`);
    } catch (error) {
      this.logger.error(`sealing plain contact details failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
