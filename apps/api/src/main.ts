import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { validateConfig } from '@app/platform/config/validate-config';
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
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
