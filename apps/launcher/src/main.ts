import 'reflect-metadata';
import { ChildProcess, fork } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { validateConfig } from '@app/platform/config/validate-config';
import { RunningPostgres, startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { runMigrations } from '@app/platform/database/migrate';
import { clearRunningDatabase, runningDatabaseFile, writeRunningDatabase } from '@app/platform/database/running-database';
import { DATABASE_SCHEMA } from '@app/read-models/schema';

class LauncherConfig {
  /** Where the embedded database and generated secrets live. */
  @IsOptional()
  @IsString()
  DATA_DIR?: string;

  @IsOptional()
  @IsInt({ message: 'EMBEDDED_POSTGRES_PORT must be a whole number' })
  @Min(0)
  @Max(65535)
  EMBEDDED_POSTGRES_PORT?: number;
}

const log = (message: string) => console.log(`[launcher] ${message}`);

/** The Ed25519 key that signs audit tree heads, made once and kept: tree heads must stay verifiable. */
function auditKeyFile(dataDir: string): string {
  const file = join(dataDir, 'audit-signing-key.pem');
  if (!existsSync(file))
    writeFileSync(file, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), { mode: 0o600 });
  return file;
}

/** A signing key for demo tokens, made once and kept, so tokens survive restarts. */
function jwtSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/**
 * `npm start`: the whole system on one machine. Without DATABASE_URL an embedded PostgreSQL
 * (real server binaries from npm) holds both the events and the read models.
 */
async function main(): Promise<void> {
  const config = validateConfig(LauncherConfig);
  const dataDir = resolve(config.DATA_DIR ?? '.data');
  mkdirSync(dataDir, { recursive: true });
  let embedded: RunningPostgres | null = null;
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (!env.DATABASE_URL) {
    log('starting embedded PostgreSQL …');
    embedded = await startEmbeddedPostgres({
      dataDir: join(dataDir, 'postgres'),
      port: config.EMBEDDED_POSTGRES_PORT ?? 0,
      database: 'warehouse',
      durable: true,
    });
    env.DATABASE_URL = embedded.url;
    log(`embedded PostgreSQL at ${embedded.url} (data: ${embedded.dataDir})`);
    writeRunningDatabase(dataDir, embedded.url);
    log(`operator CLI finds it through ${runningDatabaseFile(dataDir)}`);
  }
  env.JWT_SECRET ??= jwtSecret(dataDir);
  env.DEMO_LOGIN ??= 'true';
  env.ORG_SEED_DEMO ??= 'true';
  if (!env.AUDIT_SIGNING_KEY) env.AUDIT_SIGNING_KEY_FILE ??= auditKeyFile(dataDir);

  const applied = await runMigrations(env.DATABASE_URL as string, DATABASE_SCHEMA);
  log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'schema up to date');
  log(env.EVENTSTORE_CONNECTION_STRING ? 'event store: EventStoreDB' : 'event store: PostgreSQL');

  const children: ChildProcess[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((r) => child.once('exit', r)) : null)));
    if (embedded) clearRunningDatabase(dataDir);
    await embedded?.stop();
    process.exit(code);
  };
  for (const app of ['projector', 'api']) {
    const child = fork(join(__dirname, '..', '..', app, 'src', 'main.js'), [], { env, stdio: 'inherit' });
    child.once('exit', (code) => {
      if (!stopping) {
        log(`${app} exited (${code ?? 'signal'}); stopping`);
        void stop(1);
      }
    });
    children.push(child);
  }
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
