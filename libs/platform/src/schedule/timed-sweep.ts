import { BeforeApplicationShutdown, Logger } from '@nestjs/common';
import { JobRuns } from './job-runs';

/**
 * A sweep a timer starts (`@Interval` on the subclass calls `tick`): switched off by its setting, one run
 * at a time, none begun once shutdown started and shutdown waiting for the one going, errors logged (a
 * timer has nobody to throw to). Tests and operators call the sweep itself, whatever the switch says.
 */
export abstract class TimedSweep implements BeforeApplicationShutdown {
  private readonly runs = new JobRuns();
  protected readonly logger: Logger;

  protected constructor(
    name: string,
    private readonly enabled: boolean,
  ) {
    this.logger = new Logger(name);
  }

  protected tick(run: () => Promise<unknown>): Promise<void> {
    if (!this.enabled) return Promise.resolve();
    return this.runs.run(run, (e: unknown) => this.logger.error(String(e)));
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.runs.stop();
  }
}
