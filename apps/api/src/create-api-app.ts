import { INestApplication, LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { Clock } from '@app/shared';
import { createValidationPipe } from '@app/platform/http/validation.pipe';
import { bodyParsers } from '@app/platform/http/body-limits';
import { LIFE_TABLE_BODY_BYTES } from '@app/depreciation';
import { RequestFingerprintInterceptor } from '@app/platform/http/idempotency';
import { ApiModule } from './api.module';
import { hardeningConfig } from './hardening/hardening.config';
import { applySecurityHeaders } from './hardening/security-headers';
import { MAP_SETTINGS, MapSettings, tileImageSources } from './property-map/property-map.config';
import { ModuleConfig } from '@app/platform/config/module-config';
import { buildOpenApiDocument } from './openapi';
import { serveWebApp } from './web/serve-web-app';
import { useJsonLoggerIfConfigured } from '@app/platform/observability/json-logging';

export async function createApiApp(options: { logger?: boolean | LoggerService; clock?: Clock } = {}): Promise<INestApplication> {
  const logger: LogLevel[] | LoggerService | false =
    options.logger === undefined || options.logger === true ? ['error', 'warn', 'log'] : options.logger;
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot({ clock: options.clock }), {
    logger,
    bodyParser: false,
    bufferLogs: options.logger === undefined || options.logger === true,
  });
  if (options.logger === undefined || options.logger === true) useJsonLoggerIfConfigured(app);
  // The map's tiles are images from the configured tile server.
  const tileSources = tileImageSources(app.get<MapSettings>(MAP_SETTINGS));
  applySecurityHeaders(app, app.get<ModuleConfig<typeof hardeningConfig>>(hardeningConfig.KEY), tileSources);
  // Our own parsers: a size limit answered 413 and a nesting limit checked before JSON.parse.
  // A useful-life table of up to 5,000 rows does not fit the usual limit; its event size is checked by the decider.
  for (const parser of bodyParsers([{ method: 'POST', path: '/api/depreciation/life-tables', limitBytes: LIFE_TABLE_BODY_BYTES }]))
    app.use(parser);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new RequestFingerprintInterceptor());
  serveWebApp(app);
  app.enableShutdownHooks();
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
