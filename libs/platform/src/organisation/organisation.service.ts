import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Interval } from '@nestjs/schedule';
import { CommandContext, DepartmentDirectory, evolveOrg, ORG_STREAM_ID, OrgCommand, orgDecider, OrgEvent, UnitHoldings } from '@app/shared';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { executeOnStream, ExecuteResult } from '../cqrs/execute-on-stream';
import { JobRuns } from '../schedule/job-runs';

/**
 * Changes to the organisation go through the org decider on the `org-tree` stream; the directory the
 * deciders and queries use is then refreshed from the stream. Other API processes pick changes up on
 * their next refresh (every few seconds), so a move reaches every instance without a restart.
 */
@Injectable()
export class OrganisationService implements BeforeApplicationShutdown {
  private seen = -1n;
  private readonly logger = new Logger('organisation');
  private readonly runs = new JobRuns();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    readonly directory: DepartmentDirectory,
    private readonly modules: ModuleRef,
  ) {}

  async execute(command: OrgCommand, context: CommandContext): Promise<ExecuteResult<OrgEvent>> {
    // Closing asks the asset context how many cards the unit still holds (counted from the asset streams).
    const decided = command.kind === 'CloseUnit' ? { ...command, assetsHeld: await this.holdings().heldBy(command.unitId) } : command;
    const result = await executeOnStream(this.store, ORG_STREAM_ID, orgDecider, decided, context);
    await this.refresh();
    return result;
  }

  /** The asset context's count; an app without it (no asset commands) cannot close units. */
  private holdings(): UnitHoldings {
    return this.modules.get(UnitHoldings, { strict: false });
  }

  @Interval(5000)
  refreshOnSchedule(): Promise<void> {
    return this.runs.run(
      () => this.refresh(),
      (e: unknown) => this.logger.error(String(e)),
    );
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.runs.stop();
  }

  /** Folds the events written since the last refresh into the directory. */
  async refresh(): Promise<void> {
    const fresh = await this.store.readStream(ORG_STREAM_ID, { fromRevision: this.seen + 1n });
    if (fresh.length === 0) return;
    this.directory.replace(fresh.reduce((s, e) => evolveOrg(s, { type: e.type, data: e.data } as OrgEvent), this.directory.orgState));
    this.seen = fresh[fresh.length - 1].revision;
  }
}
