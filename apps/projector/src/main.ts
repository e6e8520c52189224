import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { startupErrorLine } from '@app/platform/config/startup-error';
import { reportToSupervisor } from '@app/platform/process/supervision';
import { useJsonLoggerIfConfigured } from '@app/platform/observability/json-logging';
import { ProjectorModule } from './projector.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.createApplicationContext(ProjectorModule, { bufferLogs: true });
  useJsonLoggerIfConfigured(app);
  app.enableShutdownHooks();
  Logger.log('projector running', 'projector');
  reportToSupervisor(() => app.close());
}

bootstrap().catch((error: unknown) => {
  console.error(`[projector] cannot start: ${startupErrorLine(error)}`);
  process.exit(1);
});
