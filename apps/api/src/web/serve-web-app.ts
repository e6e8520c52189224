import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where `npm run build` puts the web app (dist/web). Found from this file whether it runs compiled
 * (dist/apps/api/src/web) or from source under jest (apps/api/src/web); WEB_DIST_DIR overrides.
 */
export function webDistDir(): string | null {
  const candidates = [process.env.WEB_DIST_DIR, join(__dirname, '../../../../web'), join(__dirname, '../../../../dist/web')];
  for (const dir of candidates) if (dir && existsSync(join(dir, 'index.html'))) return resolve(dir);
  return null;
}

/**
 * The pages on the API's own port: hashed bundles cached for good, everything that is not /api
 * answered with index.html so deep links work (the router in the page takes over).
 */
export function serveWebApp(app: INestApplication): void {
  const dir = webDistDir();
  const server = app as NestExpressApplication;
  const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
  if (dir) {
    const assets = express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false });
    server.use('/assets', assets);
    const files = express.static(dir, { index: false, maxAge: 0 });
    server.use((req: Request, res: Response, next: NextFunction) => (isApi(req.path) ? next() : files(req, res, next)));
  }
  server.use((req: Request, res: Response, next: NextFunction) => {
    if (isApi(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    if (!dir) {
      res.status(404).json({ statusCode: 404, code: 'WEB_NOT_BUILT', message: 'the web app is not built: run npm run build' });
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dir, 'index.html'));
  });
}
