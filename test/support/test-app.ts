import { INestApplication, INestApplicationContext, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { Client } from 'pg';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { ProjectorModule } from '../../apps/projector/src/projector.module';
import { createTestDatabase } from './test-database';
import { clock } from './test-clock';

export interface TestSystem {
  readonly app: INestApplication;
  readonly projector: INestApplicationContext;
  readonly databaseUrl: string;
  http(): ReturnType<typeof request>;
  tokenFor(userId: string): Promise<string>;
  countEvents(): Promise<number>;
  query<T extends object>(text: string, params?: unknown[]): Promise<T[]>;
  /** Waits until the projector has applied every stored event. */
  projected(): Promise<void>;
  close(): Promise<void>;
}

/** The API and the projector in this process, on a fresh database, with demo login on (silent unless given a logger). */
export async function startTestSystem(options: { logger?: LoggerService } = {}): Promise<TestSystem> {
  const databaseUrl = await createTestDatabase('app');
  process.env.DATABASE_URL = databaseUrl;
  process.env.JWT_SECRET = 'test-secret-test-secret-test-secret-42';
  process.env.DEMO_LOGIN = 'true';
  process.env.ORG_SEED_DEMO = 'true';
  process.env.AUDIT_SIGNING_KEY ??= generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  process.env.FILES_DIR = mkdtempSync(join(tmpdir(), 'warehouse-files-'));
  delete process.env.EVENTSTORE_CONNECTION_STRING;
  const app = await createApiApp({ logger: options.logger ?? false, clock });
  await app.init();
  const projector = await NestFactory.createApplicationContext(ProjectorModule, { logger: options.logger ?? false });
  await projector.init();
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  const http = () => request(app.getHttpServer());
  return {
    app,
    projector,
    databaseUrl,
    http,
    async tokenFor(userId) {
      const res = await http().post('/api/auth/demo-login').send({ userId }).expect(200);
      return res.body.accessToken as string;
    },
    async query<T extends object>(text: string, params: unknown[] = []) {
      return (await sql.query<T>(text, params)).rows;
    },
    async countEvents() {
      const { rows } = await sql.query<{ n: string }>('SELECT count(*) AS n FROM event_store.events');
      return Number(rows[0].n);
    },
    async projected() {
      const deadline = Date.now() + 10000;
      for (;;) {
        // An empty store is projected however far the checkpoints are (they start at -1).
        const { rows } = await sql.query<{ lag: string | null }>(
          `SELECT (SELECT max(global_position) FROM event_store.events)
                - coalesce((SELECT min(commit_position) FROM projection_checkpoints), 0) AS lag`,
        );
        if (rows[0].lag === null || Number(rows[0].lag) <= 0) return;
        if (Date.now() > deadline) throw new Error(`projection still ${rows[0].lag} events behind`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async close() {
      await sql.end();
      await projector.close();
      await app.close();
    },
  };
}
