import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { ModuleConfig } from '@app/platform/config/module-config';
import { hardeningConfig } from './hardening.config';

/**
 * Security headers (helmet) with a Content-Security-Policy the built pages live under: scripts only
 * from this origin, styles from this origin plus inline ones (antd writes its CSS-in-JS into <style>
 * elements at run time), images from here, data: and blob: (photo previews) and the map's tile server, no
 * frames, no plugins.
 * The OpenAPI page (/api/docs) runs Swagger UI, which needs inline styles and scripts of its own.
 */
export function applySecurityHeaders(
  app: INestApplication,
  config: ModuleConfig<typeof hardeningConfig>,
  imageSources: readonly string[] = [],
): void {
  const server = app as NestExpressApplication;
  if (config.TRUST_PROXY_HOPS) server.set('trust proxy', config.TRUST_PROXY_HOPS);
  const directives = {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:', ...imageSources],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
  };
  const pages = helmet({ contentSecurityPolicy: { directives }, crossOriginEmbedderPolicy: false });
  const docs = helmet({ contentSecurityPolicy: { directives: { ...directives, scriptSrc: ["'self'", "'unsafe-inline'"] } } });
  server.use((req: { path: string }, res: object, next: () => void) =>
    (req.path.startsWith('/api/docs') ? docs : pages)(req as never, res as never, next),
  );
  const origins = config.CORS_ORIGINS?.split(',').map((o) => o.trim());
  if (origins?.length) {
    server.enableCors({
      origin: origins,
      methods: ['GET', 'POST'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'X-Correlation-Id', 'Accept-Language'],
      exposedHeaders: ['ETag', 'Retry-After'],
      maxAge: 600,
    });
  }
}
