import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SchedulerRegistry } from '@nestjs/schedule';
import { IsIn, IsOptional } from 'class-validator';
import { CronJob } from 'cron';
import { randomUUID } from 'node:crypto';
import { addMonths, chinaMonthOf, CloseDepreciationMonthCommand, DepreciationLedgerSource, nextMonthToClose } from '@app/depreciation';
import { moduleConfig, ModuleConfig } from '@app/platform/config/module-config';
import { JobRuns } from '@app/platform/schedule/job-runs';
import { Clock, SYSTEM_ACTOR } from '@app/shared';

export class DepreciationScheduleConfig {
  /** on: on the 1st of each month at 01:00 China time, close the month that ended (and any earlier ones left open, in order). */
  @IsOptional()
  @IsIn(['on', 'off'])
  DEPRECIATION_MONTHLY_CLOSE?: 'on' | 'off';
}

export const depreciationScheduleConfig = moduleConfig('depreciationSchedule', DepreciationScheduleConfig);

/**
 * 月末计提 without anyone pressing the button. Off unless DEPRECIATION_MONTHLY_CLOSE=on (the production
 * settings turn it on): the first close of a ledger is a person's decision, so until one month is closed
 * by hand the job closes nothing.
 */
@Injectable()
export class MonthlyDepreciationCloseJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('depreciation-close');
  private readonly runs = new JobRuns();
  readonly enabled: boolean;

  constructor(
    private readonly commands: CommandBus,
    private readonly ledger: DepreciationLedgerSource,
    private readonly clock: Clock,
    private readonly scheduler: SchedulerRegistry,
    @Inject(depreciationScheduleConfig.KEY) config: ModuleConfig<typeof depreciationScheduleConfig>,
  ) {
    this.enabled = config.DEPRECIATION_MONTHLY_CLOSE === 'on';
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    const job = CronJob.from({
      cronTime: '0 0 1 1 * *',
      timeZone: 'Asia/Shanghai',
      onTick: () =>
        void this.runs.run(
          () => this.run(),
          (e: unknown) => this.logger.error(String(e)),
        ),
    });
    this.scheduler.addCronJob('depreciation-monthly-close', job);
    job.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.runs.stop();
  }

  /** Closes every month from the next open one up to the last ended one, in order; returns the months closed. */
  async run(now = this.clock.now()): Promise<string[]> {
    const { state } = await this.ledger.loadLedger();
    let month = nextMonthToClose(state);
    const lastEnded = addMonths(chinaMonthOf(now), -1);
    const closed: string[] = [];
    while (month !== null && month <= lastEnded) {
      const id = randomUUID();
      const summary = await this.commands.execute(
        new CloseDepreciationMonthCommand(month, { actor: SYSTEM_ACTOR, commandId: id, correlationId: id, causationId: id, now }),
      );
      this.logger.log(`closed ${month}: ${summary.assetsCharged} asset(s), ${summary.totalFen} 分`);
      closed.push(month);
      month = addMonths(month, 1);
    }
    return closed;
  }
}
