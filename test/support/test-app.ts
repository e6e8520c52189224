import { INestApplication, INestApplicationContext, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { Client } from 'pg';
import { Actor, accountStreamId, SYSTEM_ACTOR } from '@app/shared';
import { EVENT_STORE, EventStore, eventIdFor } from '@app/event-store';
import { metadataFor } from '@app/platform/cqrs/execute-on-stream';
import { AccountService } from '@app/platform/auth/account.service';
import { SessionService } from '@app/platform/auth/session.service';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { ProjectorModule } from '../../apps/projector/src/projector.module';
import { createTestDatabase } from './test-database';
import { clock } from './test-clock';
import { PROJECTION_LAG_SQL } from './projection-lag';

export interface TestSystem {
  readonly app: INestApplication;
  readonly projector: INestApplicationContext;
  readonly databaseUrl: string;
  http(): ReturnType<typeof request>;
  tokenFor(userId: string): Promise<string>;
  /**
   * A signed-in token for any person, whose account is given as a recorded event when missing
   * (a fixture: it may name a unit outside the tree, as older tests' made-up departments do).
   */
  tokenAs(actor: Actor): Promise<string>;
  countEvents(): Promise<number>;
  query<T extends object>(text: string, params?: unknown[]): Promise<T[]>;
  /** Waits until the projector has applied every stored event. */
  projected(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The API and the projector in this process, on a fresh database, with demo login on (silent unless
 * given a logger). Rate limits are lifted unless `env` sets them (the hardening test does).
 */
export async function startTestSystem(options: { logger?: LoggerService; env?: Record<string, string> } = {}): Promise<TestSystem> {
  const databaseUrl = await createTestDatabase('app');
  process.env.DATABASE_URL = databaseUrl;
  process.env.JWT_SECRET = 'test-secret-test-secret-test-secret-42';
  process.env.DEMO_LOGIN = 'true';
  process.env.ORG_SEED_DEMO = 'true';
  process.env.AUDIT_SIGNING_KEY ??= generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const filesDir = mkdtempSync(join(tmpdir(), 'warehouse-files-'));
  process.env.FILES_DIR = filesDir;
  delete process.env.EVENTSTORE_CONNECTION_STRING;
  process.env.THROTTLE_SIGN_IN_PER_MINUTE = '1000000';
  process.env.THROTTLE_WRITES_PER_MINUTE = '1000000';
  for (const name of ['ACCESS_TOKEN_SECONDS', 'SESSION_SECONDS', 'LOCKOUT_MAX_FAILURES', 'LOCKOUT_MINUTES', 'CORS_ORIGINS'])
    delete process.env[name];
  // The timed sweeps that write system events run only when a test calls them, so no suite finds one it did not ask for.
  Object.assign(process.env, {
    APPROVAL_ESCALATION: 'off',
    LISTING_EXPIRY_WARNING: 'off',
    BOOKING_REMINDER: 'off',
    SHARING_AUTO_NO_SHOW: 'off',
  });
  Object.assign(process.env, options.env ?? {});
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
    async tokenAs(actor) {
      const accounts = app.get(AccountService);
      if (!(await accounts.state(actor.userId)).exists) {
        const store = app.get<EventStore>(EVENT_STORE);
        const now = clock.now();
        const commandId = randomUUID();
        const context = { actor: SYSTEM_ACTOR, commandId, correlationId: commandId, causationId: commandId, now };
        const data = { username: actor.userId, displayName: actor.displayName, roles: [actor.role], departmentId: actor.departmentId };
        await store.append(
          accountStreamId(actor.userId),
          [
            {
              id: eventIdFor(commandId, 0),
              type: 'account.created.v1',
              data: { ...data, mustChangePassword: false, phone: null, by: 'system', at: now.toISOString() },
              metadata: metadataFor(context),
            },
          ],
          'no_stream',
        );
      }
      return (await app.get(SessionService).signIn(actor.userId, { verified: 'demo' })).accessToken;
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
        const { rows } = await sql.query<{ lag: string | null }>(PROJECTION_LAG_SQL);
        if (rows[0].lag === null || Number(rows[0].lag) <= 0) return;
        if (Date.now() > deadline) throw new Error(`projection still ${rows[0].lag} events behind`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async close() {
      await sql.end();
      await projector.close();
      await app.close();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
