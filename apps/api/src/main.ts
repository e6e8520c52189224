import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { startupErrorLine } from '@app/platform/config/startup-error';
import { validateConfig } from '@app/platform/config/validate-config';
import { reportToSupervisor } from '@app/platform/process/supervision';
import { createApiApp } from './create-api-app';

class HttpConfig {
  @IsOptional()
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(1)
  @Max(65535)
  PORT?: number;
}

async function bootstrap(): Promise<void> {
  const port = validateConfig(HttpConfig).PORT ?? 3000;
  const app = await createApiApp();
  await app.listen(port, '0.0.0.0');
  Logger.log(`API on http://localhost:${port}/api (docs: /api/docs)`, 'api');
  reportToSupervisor(() => app.close());
}

bootstrap().catch((error: unknown) => {
  console.error(`[api] cannot start: ${startupErrorLine(error)}`);
  process.exit(1);
});
