import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { EVENT_STORE, EventStore, formatPosition } from '@app/event-store';
import { Public } from '@app/platform/auth/auth.decorators';
import { projectionHealth } from './projection-health';

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
      '`npm run cli -- projection-failures`. 503 when the database or the event store cannot be reached, or when a ' +
      'projector stopped following the store for a reason that will not pass by itself (named under `stopped`).',
  })
  async ready() {
    try {
      const { head, projections, failures } = await projectionHealth(this.dataSource, this.store);
      const stopped = projections.filter((p) => p.stopped !== null);
      if (stopped.length > 0)
        throw new ServiceUnavailableException({
          code: 'NOT_READY',
          message: stopped.map((p) => `read model ${p.name} stopped: ${p.stopped!.reason}`).join('; '),
          details: { projections },
        });
      return {
        status: failures.length > 0 ? 'degraded' : 'ok',
        eventStore: this.store.backend,
        head: head ? formatPosition(head) : null,
        projections,
        failures,
      };
    } catch (error: unknown) {
      if (error instanceof ServiceUnavailableException) throw error;
      throw new ServiceUnavailableException({ code: 'NOT_READY', message: error instanceof Error ? error.message : String(error) });
    }
  }
}
