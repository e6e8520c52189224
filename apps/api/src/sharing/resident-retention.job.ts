import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SchedulerRegistry } from '@nestjs/schedule';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { Clock, DomainError, SYSTEM_ACTOR } from '@app/shared';
import { EraseResidentCommand } from '@app/sharing';
import { moduleConfig, ModuleConfig } from '@app/platform/config/module-config';
import { SharingQueries } from '@app/read-models/sharing/sharing.queries';

export class ResidentRetentionConfig {
  /** Residents with no booked slot (and no profile change) for this many days have their personal data erased. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  RESIDENT_RETENTION_DAYS?: number;

  /** How often the retention rule runs. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  RESIDENT_RETENTION_CHECK_MINUTES?: number;
}

export const residentRetentionConfig = moduleConfig('residentRetention', ResidentRetentionConfig);

/**
 * 《个人信息保护法》 art 47: personal data goes when its purpose is fulfilled. Residents who have not
 * booked for RESIDENT_RETENTION_DAYS are erased as if they had asked (requestedBy: retention).
 * The candidates come from the read model (advisory: a booking the projector has not applied yet
 * is seen on the next run, which is why the period is long).
 */
@Injectable()
export class ResidentRetentionJob implements OnApplicationBootstrap {
  private readonly logger = new Logger('resident-retention');
  readonly days: number;
  private readonly everyMs: number;

  constructor(
    private readonly commands: CommandBus,
    private readonly sharing: SharingQueries,
    private readonly clock: Clock,
    private readonly scheduler: SchedulerRegistry,
    @Inject(residentRetentionConfig.KEY) config: ModuleConfig<typeof residentRetentionConfig>,
  ) {
    this.days = config.RESIDENT_RETENTION_DAYS ?? 365;
    this.everyMs = (config.RESIDENT_RETENTION_CHECK_MINUTES ?? 60) * 60_000;
  }

  onApplicationBootstrap(): void {
    const timer = setInterval(() => void this.run().catch((e: unknown) => this.logger.error(String(e))), this.everyMs);
    timer.unref();
    this.scheduler.addInterval('resident-retention', timer);
  }

  /** Erases every resident past the period at the clock's now; returns how many were erased. */
  async run(now = this.clock.now()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.days * 86400_000);
    let erased = 0;
    for (const residentId of await this.sharing.inactiveResidents(cutoff)) {
      const id = randomUUID();
      try {
        await this.commands.execute(
          new EraseResidentCommand(residentId, 'retention', `${this.days} 天内无预约（保存期限届满）`, {
            actor: SYSTEM_ACTOR,
            commandId: id,
            correlationId: id,
            causationId: id,
            now,
          }),
        );
        erased += 1;
      } catch (error: unknown) {
        // Erased meanwhile by the resident or another instance: nothing left to do.
        if (!(error instanceof DomainError)) throw error;
      }
    }
    if (erased > 0) this.logger.log(`erased the personal data of ${erased} resident(s) past ${this.days} days`);
    return erased;
  }
}
