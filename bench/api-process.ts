/**
 * The API as its own Node process (as `npm start` runs it) on a given database, and a small HTTP
 * client for it: the benchmarks that measure the API from outside share these.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';

export interface Answer {
  status: number;
  body: string;
  /** Bytes of the body as sent. */
  bytes: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export class Api {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 });
  constructor(readonly port: number) {}

  send(method: string, path: string, body?: object, token?: string): Promise<Answer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: this.port,
          method,
          path,
          agent: this.agent,
          headers: {
            ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const all = Buffer.concat(chunks);
            resolve({ status: res.statusCode ?? 0, body: all.toString(), bytes: all.length });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Starts the API on `databaseUrl` with demo sign-in on and throttles out of the way; resolves once it answers. */
export async function startApi(
  databaseUrl: string,
  filesDir: string,
  nodeArgs: readonly string[] = [],
): Promise<{ child: ChildProcess; api: Api }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, join(__dirname, '../apps/api/src/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-42',
      DEMO_LOGIN: 'true',
      ORG_SEED_DEMO: 'true',
      AUDIT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      FILES_DIR: filesDir,
      THROTTLE_SIGN_IN_PER_MINUTE: '1000000',
      THROTTLE_WRITES_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const api = new Api(port);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    const up = await api.send('GET', '/api/health').catch(() => null);
    if (up && up.status < 500) return { child, api };
    if (Date.now() > deadline) throw new Error('the API did not answer within 120 s');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A process's memory from the kernel: peak (VmHWM) and current (VmRSS) resident set, in bytes. */
export function memoryOf(pid: number): { peak: number; now: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  return { peak: kb('VmHWM'), now: kb('VmRSS') };
}
