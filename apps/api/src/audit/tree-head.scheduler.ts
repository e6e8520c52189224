import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Clock } from '@app/shared';
import { moduleConfig, ModuleConfig } from '@app/platform/config/module-config';
import { MerkleLogService } from '@app/read-models/audit-log/merkle-log.service';
import { JobRuns } from '@app/platform/schedule/job-runs';

export class TreeHeadScheduleConfig {
  /** How often a tree head is signed when the log has grown. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10080)
  AUDIT_TREE_HEAD_INTERVAL_MINUTES?: number;
}

export const treeHeadScheduleConfig = moduleConfig('treeHeads', TreeHeadScheduleConfig);

/** Signs a tree head periodically, so history is pinned even when nobody asks. */
@Injectable()
export class TreeHeadScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('tree-heads');
  private readonly runs = new JobRuns();
  private readonly everyMs: number;

  constructor(
    private readonly log: MerkleLogService,
    private readonly clock: Clock,
    private readonly scheduler: SchedulerRegistry,
    @Inject(treeHeadScheduleConfig.KEY) config: ModuleConfig<typeof treeHeadScheduleConfig>,
  ) {
    this.everyMs = (config.AUDIT_TREE_HEAD_INTERVAL_MINUTES ?? 60) * 60_000;
  }

  /** The interval is a setting, so it is registered here rather than with @Interval; the schedule module clears it on shutdown. */
  onApplicationBootstrap(): void {
    const timer = setInterval(
      () =>
        void this.runs.run(
          () => this.tick(),
          (e: unknown) => this.logger.error(String(e)),
        ),
      this.everyMs,
    );
    timer.unref();
    this.scheduler.addInterval('audit-tree-head', timer);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.runs.stop();
  }

  /** Signs a head if the log grew since the last one; returns its size, or null when nothing changed. */
  async tick(): Promise<number | null> {
    const [latest, size] = await Promise.all([this.log.treeHead(), this.log.size()]);
    if (size === 0 || (latest && latest.treeSize >= size)) return null;
    return (await this.log.issueTreeHead(this.clock.now())).treeSize;
  }
}
