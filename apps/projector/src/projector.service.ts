import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { allProjections } from '@app/read-models/projections';
import { assertLogSuite } from '@app/read-models/audit-log/log-suite';
import { CryptoSuite } from '@app/crypto';
import { CRYPTO_SUITE } from '@app/platform/crypto/crypto-suite.module';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { moduleConfig, ModuleConfig } from '@app/platform/config/module-config';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { DEFAULT_MAX_BATCH, ProjectionRunner, ProjectionStatus } from './projection-runner';
import { ProjectionLeases } from './projection-leases';
import { BulkCatchUp, DEFAULT_BULK_CATCH_UP } from './bulk-catch-up';

export class ProjectorConfig {
  /** Most events written in one read-model transaction. */
  @IsOptional()
  @IsInt({ message: 'PROJECTOR_MAX_BATCH must be a whole number' })
  @Min(1)
  @Max(100000)
  PROJECTOR_MAX_BATCH?: number;

  /** Events the store must hold for empty read models to be built in bulk at start (BulkCatchUp); 0: never. */
  @IsOptional()
  @IsInt({ message: 'PROJECTOR_BULK_FROM_EVENTS must be a whole number' })
  @Min(0)
  PROJECTOR_BULK_FROM_EVENTS?: number;

  /** Old-generation heap of the bulk build's process, MiB. */
  @IsOptional()
  @IsInt({ message: 'PROJECTOR_BULK_HEAP_MB must be a whole number' })
  @Min(128)
  @Max(65536)
  PROJECTOR_BULK_HEAP_MB?: number;
}

export const projectorConfig = moduleConfig('projector', ProjectorConfig);

@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly runners: ProjectionRunner[];
  private readonly leases: ProjectionLeases;
  private readonly bulk: BulkCatchUp;
  /** The bulk build (if any), then the runners' start. */
  private starting: Promise<void> = Promise.resolve();
  private stopping = false;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly dataSource: DataSource,
    @Inject(projectorConfig.KEY) config: ModuleConfig<typeof projectorConfig>,
    @Inject(CRYPTO_SUITE) private readonly suite: CryptoSuite,
  ) {
    const maxBatch = config.PROJECTOR_MAX_BATCH ?? DEFAULT_MAX_BATCH;
    // One instance feeds each read model at a time; the others stand by and take over when it goes.
    const url = (dataSource.options as PostgresConnectionOptions).url!;
    this.leases = new ProjectionLeases(url);
    this.bulk = new BulkCatchUp(store, url, {
      ...DEFAULT_BULK_CATCH_UP,
      fromEvents: config.PROJECTOR_BULK_FROM_EVENTS ?? DEFAULT_BULK_CATCH_UP.fromEvents,
      heapMb: config.PROJECTOR_BULK_HEAP_MB ?? DEFAULT_BULK_CATCH_UP.heapMb,
    });
    this.runners = allProjections(suite).map(
      (projection) => new ProjectionRunner(store, dataSource, projection, maxBatch, this.leases.lease(projection.name)),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await assertLogSuite(this.dataSource, this.suite);
    // The process answers (and stops) meanwhile; the runners stand by until the bulk build, if one runs, is over.
    this.starting = this.bulk
      .run()
      .catch((error: unknown) =>
        new Logger('projector').warn(`bulk catch-up not tried: ${error instanceof Error ? error.message : String(error)}`),
      )
      .then(() => this.startRunners());
  }

  private startRunners(): void {
    if (this.stopping) return;
    for (const runner of this.runners) runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.bulk.stop();
    await this.starting;
    await Promise.all(this.runners.map((runner) => runner.stop()));
    await this.leases.close();
  }

  status(): ProjectionStatus[] {
    return this.runners.map((runner) => runner.status());
  }
}
