import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiModule } from '../apps/api/src/api.module';
import { buildOpenApiDocument } from '../apps/api/src/openapi';

/**
 * Writes the web app's API types from the OpenAPI document. Nest's preview mode builds the module
 * graph without instantiating providers, so no database or secret is needed.
 * `--check` fails (exit 1) when the committed file differs from what the API describes now.
 */
const TARGET = join(__dirname, '../../apps/web/src/api/schema.d.ts');
const HEADER = '// Generated from the API OpenAPI document by `npm run web:api-types`. Do not edit.\n';

async function main(): Promise<void> {
  const app = await NestFactory.create(ApiModule.forRoot(), { preview: true, logger: false, abortOnError: false });
  app.setGlobalPrefix('api');
  const document = buildOpenApiDocument(app);
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]);
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(TARGET)) ?? {};
  const text = await prettier.format(HEADER + astToString(ast), { ...options, parser: 'typescript' });
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(TARGET, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== text) {
      console.error('apps/web/src/api/schema.d.ts is stale: the API changed. Run `npm run web:api-types` and commit the result.');
      process.exit(1);
    }
    console.log('web API types are up to date');
  } else {
    writeFileSync(TARGET, text);
    console.log(`wrote ${TARGET}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
