import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ModuleConfig } from '@app/platform/config/module-config';
import { startupErrorLine } from '@app/platform/config/startup-error';
import { reportToSupervisor } from '@app/platform/process/supervision';
import { createApiApp } from './create-api-app';
import { httpConfig } from './http.config';

async function bootstrap(): Promise<void> {
  const app = await createApiApp();
  const port = app.get<ModuleConfig<typeof httpConfig>>(httpConfig.KEY).PORT ?? 3000;
  await app.listen(port, '0.0.0.0');
  Logger.log(`API on http://localhost:${port}/api (docs: /api/docs)`, 'api');
  reportToSupervisor(() => app.close());
}

bootstrap().catch((error: unknown) => {
  console.error(`[api] cannot start: ${startupErrorLine(error)}`);
  process.exit(1);
});
