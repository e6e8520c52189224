import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Interval } from '@nestjs/schedule';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { Clock } from '@app/shared';
import { ExpireListingCommand, WarnListingExpiryCommand } from '@app/assets';
import { MarketplaceQueries } from '@app/read-models/marketplace/marketplace.queries';
import { moduleConfig, ModuleConfig } from '@app/platform/config/module-config';
import { TimedSweep } from '@app/platform/schedule/timed-sweep';
import { sendSystemCommand, systemCommandContext } from '@app/platform/schedule/system-command';

export class ListingExpiryConfig {
  /** 到期提醒: the owner is told this many hours before a listing ends (a blank value is refused, not read as 0). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(720)
  LISTING_EXPIRY_WARNING_HOURS?: number;

  /** off: the timer sends no expiry reminders (expiry itself still runs). */
  @IsOptional()
  @IsIn(['on', 'off'])
  LISTING_EXPIRY_WARNING?: 'on' | 'off';
}

export const listingExpiryConfig = moduleConfig('listingExpiry', ListingExpiryConfig);

const SWEEP_EVERY_MS = 60_000;

/**
 * Tells owners a listing ends soon (到期提醒), then turns listings past their advertise-until time into
 * expiry events. Claims are already refused after that time by the decider; this writes the fact into
 * history and closes the listing. The decider refuses a second reminder or expiry, so several
 * instances sweeping at once write each once.
 */
@Injectable()
export class ListingExpirySweeper extends TimedSweep {
  constructor(
    private readonly commands: CommandBus,
    private readonly marketplace: MarketplaceQueries,
    private readonly clock: Clock,
    @Inject(listingExpiryConfig.KEY) private readonly config: ModuleConfig<typeof listingExpiryConfig>,
  ) {
    // Expiry always runs on its timer; only the reminder pass has a switch.
    super('listing-expiry', true);
  }

  get warningHours(): number {
    return this.config.LISTING_EXPIRY_WARNING_HOURS ?? 24;
  }

  @Interval('listing-expiry', SWEEP_EVERY_MS)
  sweepOnSchedule(): Promise<void> {
    return this.tick(async () => {
      // A failed reminder pass never holds back expiry: each pass stands alone.
      if (this.config.LISTING_EXPIRY_WARNING !== 'off') await this.warn().catch((e: unknown) => this.logger.error(String(e)));
      await this.sweep();
    });
  }

  /**
   * Tells the owner of every listing ending within the warning window, listed at least that long before its
   * end (a listing made for a few hours needs no reminder); returns how many were told now.
   */
  async warn(now = this.clock.now()): Promise<number> {
    let warned = 0;
    const windowMs = this.warningHours * 3600_000;
    for (const { assetId, listingId } of await this.marketplace.endingUnwarned(now, new Date(now.getTime() + windowMs), windowMs)) {
      const warning = new WarnListingExpiryCommand(assetId, listingId, systemCommandContext(`expiry-warning:${listingId}`, now));
      if (await sendSystemCommand(this.commands, warning)) warned += 1;
    }
    return warned;
  }

  /** Expires every overdue listing; returns how many were expired now. */
  async sweep(now = this.clock.now()): Promise<number> {
    let expired = 0;
    for (const { assetId } of await this.marketplace.overdue(now)) {
      // The read model names the asset, not the listing: a fresh id each round, and the decider refuses an
      // expiry another instance wrote first (or a listing withdrawn meanwhile).
      const expiry = new ExpireListingCommand(assetId, systemCommandContext(`expire:${assetId}:${randomUUID()}`, now));
      if (await sendSystemCommand(this.commands, expiry)) expired += 1;
    }
    return expired;
  }
}
