import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Clock } from '@app/shared';
import { createValidationPipe } from '@app/platform/http/validation.pipe';
import { bodyParsers } from '@app/platform/http/body-limits';
import { RequestFingerprintInterceptor } from '@app/platform/http/idempotency';
import { ApiModule } from './api.module';

export async function createApiApp(options: { logger?: boolean; clock?: Clock } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot({ clock: options.clock }), {
    logger: options.logger === false ? false : ['error', 'warn', 'log'],
    bodyParser: false,
  });
  // Our own parsers: a size limit answered 413 and a nesting limit checked before JSON.parse.
  for (const parser of bodyParsers()) app.use(parser);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new RequestFingerprintInterceptor());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('云公物仓 Cloud Public-Asset Warehouse')
      .setDescription(
        'One ledger (一本账) of public assets. Every change is an event; reads come from projections. Money is integer 分 (fen). ' +
          'Errors are JSON { statusCode, code, message, fields }; messages are Chinese unless Accept-Language asks for English; ' +
          'every code and its words are listed at GET /api/errors.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
