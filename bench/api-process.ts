/**
 * The API as its own Node process (as `npm start` runs it) on a given database, and a small HTTP
 * client for it: the benchmarks that measure the API from outside share these.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { API_HEAP_MB, heapCapFlag } from '@app/platform/process/api-heap';

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
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    return this.sendBytes(method, path, payload && { bytes: payload, contentType: 'application/json' }, token);
  }

  /** A multipart form with one file, as the import pages upload a register file. */
  upload(path: string, file: { name: string; bytes: Buffer }, token: string): Promise<Answer> {
    const boundary = `----bench${Date.now().toString(16)}`;
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
    const bytes = Buffer.concat([Buffer.from(head), file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    return this.sendBytes('POST', path, { bytes, contentType: `multipart/form-data; boundary=${boundary}` }, token);
  }

  private sendBytes(
    method: string,
    path: string,
    body: { bytes: Buffer; contentType: string } | undefined,
    token?: string,
  ): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: this.port,
          method,
          path,
          agent: this.agent,
          headers: {
            ...(body === undefined ? {} : { 'content-type': body.contentType, 'content-length': body.bytes.length }),
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
      req.end(body?.bytes);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/**
 * Starts the API on `databaseUrl` with demo sign-in on and throttles out of the way; resolves once it answers.
 * Node flags default to the heap cap the API is deployed with.
 */
export async function startApi(
  databaseUrl: string,
  filesDir: string,
  nodeArgs: readonly string[] = [heapCapFlag(API_HEAP_MB)],
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

/**
 * Stops the API (its connections closed, SIGTERM, its exit awaited), before the database is stopped so its
 * scheduled jobs end cleanly. An API that already died (out of memory) is not waited for.
 */
export async function stopApi(child: ChildProcess, api: Api): Promise<void> {
  api.close();
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** A process's memory from the kernel: peak (VmHWM) and current (VmRSS) resident set, in bytes. */
export function memoryOf(pid: number): { peak: number; now: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  return { peak: kb('VmHWM'), now: kb('VmRSS') };
}

export const MiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

/** Runs `work` with the process's peak resident set reset before it (/proc/<pid>/clear_refs), and reads that peak after. */
export async function measuredPeak<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; seconds: number; peak: number }> {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
  const t = process.hrtime.bigint();
  const result = await work();
  return { result, seconds: Number(process.hrtime.bigint() - t) / 1e9, peak: memoryOf(pid).peak };
}
