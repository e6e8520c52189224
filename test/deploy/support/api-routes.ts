import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ApiModule } from '../../../apps/api/src/api.module';
import { buildOpenApiDocument } from '../../../apps/api/src/openapi';

/**
 * The GET routes anyone may call without a token, from the API's own OpenAPI document (built in Nest's
 * preview mode, as `npm run web:api-types` does: no database, no secret). Probes and health checks
 * carry no token, so these are the only routes they may name.
 */
export async function publicGetRoutes(): Promise<Set<string>> {
  const app = await NestFactory.create(ApiModule.forRoot(), { preview: true, logger: false, abortOnError: false });
  try {
    app.setGlobalPrefix('api');
    const document = buildOpenApiDocument(app);
    const routes = Object.entries(document.paths).filter(([, item]) => item.get && !(item.get.security ?? []).length);
    return new Set(routes.map(([path]) => path));
  } finally {
    await app.close();
  }
}
