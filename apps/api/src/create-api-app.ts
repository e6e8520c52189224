import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { createValidationPipe } from '@app/platform/http/validation.pipe';
import { ApiModule } from './api.module';
import { buildOpenApiDocument } from './openapi';
import { serveWebApp } from './web/serve-web-app';

export async function createApiApp(options: { logger?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create(ApiModule, { logger: options.logger === false ? false : ['error', 'warn', 'log'] });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  serveWebApp(app);
  app.enableShutdownHooks();
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
