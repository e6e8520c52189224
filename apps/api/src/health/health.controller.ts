import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { EVENT_STORE, EventStore, comparePositions, formatPosition } from '@app/event-store';
import { Public } from '@app/platform/auth/auth.decorators';
import { listProjectionFailures } from '@app/read-models/checkpoints/projection-failures';

interface CheckpointRow {
  name: string;
  commit_position: string;
  prepare_position: string;
  updated_at: Date;
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
        this.dataSource.query<CheckpointRow[]>(
          'SELECT name, commit_position, prepare_position, updated_at FROM projection_checkpoints ORDER BY name',
        ),
        listProjectionFailures(this.dataSource),
      ]);
      const projections = checkpoints.map((row) => {
        const at = { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) };
        const caughtUp = head === null || (row.commit_position !== '-1' && comparePositions(at, head) >= 0);
        return {
          name: row.name,
          checkpoint: row.commit_position === '-1' ? null : formatPosition(at),
          caughtUp,
          // On PostgreSQL positions are consecutive, so the gap is a count of events still to project.
          lagEvents: this.store.backend === 'postgres' && head ? Number(head.commit - (at.commit < 0n ? 0n : at.commit)) : null,
          updatedAt: row.updated_at,
          failure: failures.find((f) => f.projection === row.name) ?? null,
        };
      });
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
