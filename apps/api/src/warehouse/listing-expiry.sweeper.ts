import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Interval } from '@nestjs/schedule';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { Clock, CommandContext, DomainError, SYSTEM_ACTOR } from '@app/shared';
import { ExpireListingCommand, WarnListingExpiryCommand } from '@app/assets';
import { MarketplaceQueries } from '@app/read-models/marketplace/marketplace.queries';
import { moduleConfig, ModuleConfig } from '@app/platform/config/module-config';
import { JobRuns } from '@app/platform/schedule/job-runs';

export class ListingExpiryConfig {
  /** 到期提醒: the owner is told this many hours before a listing ends (0: never). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(720)
  LISTING_EXPIRY_WARNING_HOURS?: number;
}

export const listingExpiryConfig = moduleConfig('listingExpiry', ListingExpiryConfig);

const SWEEP_EVERY_MS = 60_000;
const WARNING_ID_NAMESPACE = '0f6c2d8e-3b5a-4c71-9e2f-7a1d4b8c6e53';

const systemContext = (id: string, now: Date): CommandContext => ({
  actor: SYSTEM_ACTOR,
  commandId: id,
  correlationId: id,
  causationId: id,
  now,
});

/**
 * Tells owners a listing ends soon (到期提醒), then turns listings past their advertise-until time into
 * expiry events. Claims are already refused after that time by the decider; this writes the fact into
 * history and closes the listing. The decider refuses a second reminder or expiry, so several
 * instances sweeping at once write each once.
 */
@Injectable()
export class ListingExpirySweeper implements BeforeApplicationShutdown {
  private readonly logger = new Logger('listing-expiry');
  private readonly runs = new JobRuns();

  constructor(
    private readonly commands: CommandBus,
    private readonly marketplace: MarketplaceQueries,
    private readonly clock: Clock,
    @Inject(listingExpiryConfig.KEY) private readonly config: ModuleConfig<typeof listingExpiryConfig>,
  ) {}

  get warningHours(): number {
    return this.config.LISTING_EXPIRY_WARNING_HOURS ?? 24;
  }

  @Interval('listing-expiry', SWEEP_EVERY_MS)
  sweepOnSchedule(): Promise<void> {
    return this.runs.run(
      async () => {
        await this.warn();
        await this.sweep();
      },
      (e: unknown) => this.logger.error(String(e)),
    );
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.runs.stop();
  }

  /** Tells the owner of every listing ending within the warning window; returns how many were told now. */
  async warn(now = this.clock.now()): Promise<number> {
    if (this.warningHours === 0) return 0;
    let warned = 0;
    for (const { assetId, listingId } of await this.marketplace.endingUnwarned(
      now,
      new Date(now.getTime() + this.warningHours * 3600_000),
    )) {
      // One id per listing: a retry after a lost answer replays instead of deciding again.
      const id = uuidv5(`${listingId}:expiry-warning`, WARNING_ID_NAMESPACE);
      try {
        await this.commands.execute(new WarnListingExpiryCommand(assetId, listingId, systemContext(id, now)));
        warned += 1;
      } catch (error: unknown) {
        // Told already by another instance, or withdrawn or claimed meanwhile: nothing to do.
        if (!(error instanceof DomainError)) throw error;
      }
    }
    return warned;
  }

  /** Expires every overdue listing; returns how many were expired now. */
  async sweep(now = this.clock.now()): Promise<number> {
    let expired = 0;
    for (const { assetId } of await this.marketplace.overdue(now)) {
      const id = randomUUID();
      try {
        await this.commands.execute(new ExpireListingCommand(assetId, systemContext(id, now)));
        expired += 1;
      } catch (error: unknown) {
        // Another instance got there first, or the read model lagged behind a withdrawal: nothing to do.
        if (!(error instanceof DomainError)) throw error;
      }
    }
    return expired;
  }
}
