import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { EVENT_STORE, EventStore, comparePositions, formatPosition } from '@app/event-store';
import { Public } from '@app/platform/auth/auth.decorators';
import { listProjectionFailures } from '@app/read-models/checkpoints/projection-failures';
import { CHECKPOINTS_WITH_LEASE_HOLDERS_SQL } from '@app/read-models/checkpoints/projection-leases.sql';

/** lagEvents counts no further than this: beyond it the answer is "at least this many". */
const LAG_COUNT_LIMIT = 100_000;

interface CheckpointRow {
  name: string;
  commit_position: string;
  prepare_position: string;
  updated_at: Date;
  lease_holder: string | null;
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({
    summary: 'Readiness: database and event store reachable; projection lag per read model',
    description:
      'status is "degraded" (still 200: the API serves) when a read model is held at an event it could not apply; ' +
      'that read model names the event and the error under `failure`. Operators list and resolve failures with ' +
      '`npm run cli -- projection-failures`.',
  })
  async ready() {
    try {
      const [head, checkpoints, failures] = await Promise.all([
        this.store.headPosition(),
        this.dataSource.query<CheckpointRow[]>(CHECKPOINTS_WITH_LEASE_HOLDERS_SQL),
        listProjectionFailures(this.dataSource),
      ]);
      const projections = await Promise.all(
        checkpoints.map(async (row) => {
          const at = { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) };
          const started = row.commit_position !== '-1';
          const caughtUp = head === null || (started && comparePositions(at, head) >= 0);
          return {
            name: row.name,
            checkpoint: started ? formatPosition(at) : null,
            caughtUp,
            // Positions have gaps (a rolled-back append used its numbers), so the lag is counted, up to a cap.
            lagEvents: this.store.countAfter ? await this.store.countAfter(started ? at : null, LAG_COUNT_LIMIT) : null,
            updatedAt: row.updated_at,
            // The projector instance that feeds this read model (host and pid), or null when none does.
            leaseHolder: row.lease_holder,
            failure: failures.find((f) => f.projection === row.name) ?? null,
          };
        }),
      );
      return {
        status: failures.length > 0 ? 'degraded' : 'ok',
        eventStore: this.store.backend,
        head: head ? formatPosition(head) : null,
        projections,
        failures,
      };
    } catch (error: unknown) {
      throw new ServiceUnavailableException({ code: 'NOT_READY', message: error instanceof Error ? error.message : String(error) });
    }
  }
}
