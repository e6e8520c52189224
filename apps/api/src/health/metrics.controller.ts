import { Controller, Get, Headers, Inject, Res, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import { timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { Public } from '@app/platform/auth/auth.decorators';
import { ModuleConfig } from '@app/platform/config/module-config';
import { observabilityConfig } from '@app/platform/observability/observability.config';
import {
  metricsRegistry,
  outboxMessages,
  projectionFed,
  projectionHeld,
  projectionLag,
  projectionStopped,
} from '@app/platform/observability/metrics';
import { OutboxStore } from '@app/read-models/outbox/outbox-store';
import { projectionHealth } from './projection-health';

const sameText = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Prometheus scrape: this process's command, append and runtime metrics, and every read model's lag,
 * failure and feeder, and the outbox's waiting and dead messages, read from the database when scraped
 * (the projector has no port of its own).
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(observabilityConfig.KEY) private readonly config: ModuleConfig<typeof observabilityConfig>,
  ) {}

  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) res: Response): Promise<string> {
    const token = this.config.METRICS_TOKEN;
    if (token && !sameText(authorization ?? '', `Bearer ${token}`))
      throw new UnauthorizedException({ code: 'METRICS_TOKEN_REQUIRED', message: '抓取指标需要 METRICS_TOKEN' });
    const { projections } = await projectionHealth(this.dataSource, this.store);
    for (const p of projections) {
      const labels = { read_model: p.name };
      if (p.lagEvents !== null) projectionLag.set(labels, p.lagEvents);
      projectionHeld.set(labels, p.failure ? 1 : 0);
      projectionFed.set(labels, p.leaseHolder ? 1 : 0);
      projectionStopped.set(labels, p.stopped ? 1 : 0);
    }
    const outbox = await new OutboxStore(this.dataSource).counts();
    outboxMessages.set({ status: 'pending' }, outbox.pending);
    outboxMessages.set({ status: 'dead' }, outbox.dead);
    // Set here, not by decorator: a refusal above stays a JSON error.
    res.setHeader('Content-Type', metricsRegistry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    return metricsRegistry.metrics();
  }
}
