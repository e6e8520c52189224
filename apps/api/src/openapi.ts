import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI document of the API; also the source of the web app's typed client. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
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
}
