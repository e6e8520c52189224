import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
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

export class ProjectorConfig {
  /** Most events written in one read-model transaction. */
  @IsOptional()
  @IsInt({ message: 'PROJECTOR_MAX_BATCH must be a whole number' })
  @Min(1)
  @Max(100000)
  PROJECTOR_MAX_BATCH?: number;
}

export const projectorConfig = moduleConfig('projector', ProjectorConfig);

@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly runners: ProjectionRunner[];
  private readonly leases: ProjectionLeases;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly dataSource: DataSource,
    @Inject(projectorConfig.KEY) config: ModuleConfig<typeof projectorConfig>,
    @Inject(CRYPTO_SUITE) private readonly suite: CryptoSuite,
  ) {
    const maxBatch = config.PROJECTOR_MAX_BATCH ?? DEFAULT_MAX_BATCH;
    // One instance feeds each read model at a time; the others stand by and take over when it goes.
    this.leases = new ProjectionLeases((dataSource.options as PostgresConnectionOptions).url!);
    this.runners = allProjections(suite).map(
      (projection) => new ProjectionRunner(store, dataSource, projection, maxBatch, this.leases.lease(projection.name)),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await assertLogSuite(this.dataSource, this.suite);
    for (const runner of this.runners) runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
    await this.leases.close();
  }

  status(): ProjectionStatus[] {
    return this.runners.map((runner) => runner.status());
  }
}
