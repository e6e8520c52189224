import { Module } from '@nestjs/common';
import { AppConfigModule } from '@app/platform/config/module-config';
import { DatabaseModule } from '@app/platform/database/database.module';
import { ClockModule } from '@app/platform/clock/clock.module';
import { loggingImports } from '@app/platform/observability/json-logging';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { OutboxSenderModule } from '@app/read-models/outbox/outbox-sender.module';

/** The outbox sender alone (no projections): for a deployment that scales senders apart from the projector. */
@Module({
  imports: [AppConfigModule, DatabaseModule.forRoot(DATABASE_SCHEMA), ClockModule.forRoot(), OutboxSenderModule, ...loggingImports()],
})
export class OutboxSenderAppModule {}
