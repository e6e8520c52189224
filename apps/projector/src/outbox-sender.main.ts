import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { startupErrorLine } from '@app/platform/config/startup-error';
import { useJsonLoggerIfConfigured } from '@app/platform/observability/json-logging';
import { OutboxSenderAppModule } from './outbox-sender.module';

/**
 * `node dist/apps/projector/src/outbox-sender.main.js`: the outbox sender as its own process. The
 * projector runs one too; run this as well (any number) and set OUTBOX_SENDER=off on the projector
 * to send apart from it.
 */
async function bootstrap(): Promise<void> {
  const app = await NestFactory.createApplicationContext(OutboxSenderAppModule, { bufferLogs: true });
  useJsonLoggerIfConfigured(app);
  app.enableShutdownHooks();
  Logger.log('outbox sender running', 'outbox');
}

bootstrap().catch((error: unknown) => {
  console.error(`[outbox] cannot start: ${startupErrorLine(error)}`);
  process.exit(1);
});
