import { AddressInfo } from 'node:net';
import { startTestSystem, TestSystem } from '../test-app';
import { webDistDir } from '../../../apps/api/src/web/serve-web-app';

export interface WebSystem extends TestSystem {
  /** http://127.0.0.1:<port> — pages at /, API at /api. */
  readonly baseUrl: string;
}

/** The API (serving the built pages) and the projector on a fresh embedded-PostgreSQL database, listening on a free port. */
export async function startWebSystem(): Promise<WebSystem> {
  if (!webDistDir()) throw new Error('the web app is not built (dist/web): run `npm run build` before the browser tests');
  const sys = await startTestSystem();
  await sys.app.listen(0, '127.0.0.1');
  const { port } = sys.app.getHttpServer().address() as AddressInfo;
  return Object.assign(sys, { baseUrl: `http://127.0.0.1:${port}` });
}
