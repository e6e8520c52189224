import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { startupErrorLine } from '@app/platform/config/startup-error';
import { validateConfig } from '@app/platform/config/validate-config';
import { AuthConfig, signingSecret } from '@app/platform/auth/auth.config';
import { ModuleConfig } from '@app/platform/config/module-config';
import { reportToSupervisor } from '@app/platform/process/supervision';
import { createApiApp } from './create-api-app';
import { httpConfig } from './http.config';

async function bootstrap(): Promise<void> {
  // The signing secret is checked before the app is built, so a default one in production is one clear line.
  signingSecret(validateConfig(AuthConfig));
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
