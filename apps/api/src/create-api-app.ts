import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Clock } from '@app/shared';
import { createValidationPipe } from '@app/platform/http/validation.pipe';
import { ApiModule } from './api.module';

export async function createApiApp(options: { logger?: boolean; clock?: Clock } = {}): Promise<INestApplication> {
  const app = await NestFactory.create(ApiModule.forRoot({ clock: options.clock }), {
    logger: options.logger === false ? false : ['error', 'warn', 'log'],
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('云公物仓 Cloud Public-Asset Warehouse')
      .setDescription(
        'One ledger (一本账) of public assets. Every change is an event; reads come from projections. Money is integer 分 (fen).',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
