import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Interval } from '@nestjs/schedule';
import { randomUUID } from 'node:crypto';
import { Clock, DomainError, SYSTEM_ACTOR } from '@app/shared';
import { ExpireListingCommand } from '@app/assets';
import { MarketplaceQueries } from '@app/read-models/marketplace/marketplace.queries';
import { JobRuns } from '@app/platform/schedule/job-runs';

const SWEEP_EVERY_MS = 60_000;

/**
 * Turns listings past their advertise-until time into expiry events. Claims are already refused
 * after that time by the decider; this writes the fact into history and closes the listing.
 */
@Injectable()
export class ListingExpirySweeper implements BeforeApplicationShutdown {
  private readonly logger = new Logger('listing-expiry');
  private readonly runs = new JobRuns();

  constructor(
    private readonly commands: CommandBus,
    private readonly marketplace: MarketplaceQueries,
    private readonly clock: Clock,
  ) {}

  @Interval('listing-expiry', SWEEP_EVERY_MS)
  sweepOnSchedule(): Promise<void> {
    return this.runs.run(
      () => this.sweep(),
      (e: unknown) => this.logger.error(String(e)),
    );
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.runs.stop();
  }

  /** Expires every overdue listing; returns how many were expired now. */
  async sweep(now = this.clock.now()): Promise<number> {
    let expired = 0;
    for (const { assetId } of await this.marketplace.overdue(now)) {
      const id = randomUUID();
      try {
        await this.commands.execute(
          new ExpireListingCommand(assetId, { actor: SYSTEM_ACTOR, commandId: id, correlationId: id, causationId: id, now }),
        );
        expired += 1;
      } catch (error: unknown) {
        // Another instance got there first, or the read model lagged behind a withdrawal: nothing to do.
        if (!(error instanceof DomainError)) throw error;
      }
    }
    return expired;
  }
}
