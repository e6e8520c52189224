import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Clock } from '@app/shared';
import { validateConfig } from '@app/platform/config/validate-config';
import { MerkleLogService } from '@app/read-models/audit-log/merkle-log.service';

export class TreeHeadScheduleConfig {
  /** How often a tree head is signed when the log has grown. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10080)
  AUDIT_TREE_HEAD_INTERVAL_MINUTES?: number;
}

/** Signs a tree head periodically, so history is pinned even when nobody asks. */
@Injectable()
export class TreeHeadScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('tree-heads');
  private readonly everyMs = (validateConfig(TreeHeadScheduleConfig).AUDIT_TREE_HEAD_INTERVAL_MINUTES ?? 60) * 60_000;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly log: MerkleLogService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick().catch((e: unknown) => this.logger.error(String(e))), this.everyMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Signs a head if the log grew since the last one; returns its size, or null when nothing changed. */
  async tick(): Promise<number | null> {
    const [latest, size] = await Promise.all([this.log.treeHead(), this.log.leaves().then((l) => l.length)]);
    if (size === 0 || (latest && latest.treeSize >= size)) return null;
    return (await this.log.issueTreeHead(this.clock.now())).treeSize;
  }
}
