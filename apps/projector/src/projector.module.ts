import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AppConfigModule } from '@app/platform/config/module-config';
import { DatabaseModule } from '@app/platform/database/database.module';
import { EventStoreModule } from '@app/platform/event-store/event-store.module';
import { CryptoSuiteModule } from '@app/platform/crypto/crypto-suite.module';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { ClockModule } from '@app/platform/clock/clock.module';
import { OutboxSenderModule } from '@app/read-models/outbox/outbox-sender.module';
import { loggingImports } from '@app/platform/observability/json-logging';
import { projectorConfig, ProjectorService } from './projector.service';

/** Follows the event store and keeps every read model, and sends the outbox; needs no context's command side. */
@Module({
  imports: [
    AppConfigModule,
    ConfigModule.forFeature(projectorConfig),
    CryptoSuiteModule,
    DatabaseModule.forRoot(DATABASE_SCHEMA),
    EventStoreModule,
    ClockModule.forRoot(),
    OutboxSenderModule,
    ...loggingImports(),
  ],
  providers: [ProjectorService],
})
export class ProjectorModule {}
