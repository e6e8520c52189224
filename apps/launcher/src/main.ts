import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { startupErrorLine } from '@app/platform/config/startup-error';
import { ConfigError, validateConfig } from '@app/platform/config/validate-config';
import { AuthConfig, signingSecret } from '@app/platform/auth/auth.config';
import { PhoneSignInConfig, phoneLookupSecret } from '@app/platform/auth/phone-sign-in.config';
import { SmsConfig, smsProvider } from '@app/platform/sms/sms.config';
import { RunningPostgres, startEmbeddedPostgres } from '@app/platform/database/embedded-postgres';
import { runMigrations } from '@app/platform/database/migrate';
import { clearRunningDatabase, runningDatabaseFile, writeRunningDatabase } from '@app/platform/database/running-database';
import { CryptoSuiteConfig, suiteFromConfig } from '@app/platform/crypto/crypto-suite.module';
import { auditKeyFile } from '@app/platform/crypto/audit-key-file';
import { API_HEAP_MB, heapCapFlag } from '@app/platform/process/api-heap';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { jwtSecret } from './secrets';
import { Supervisor } from './supervisor';

class LauncherConfig {
  /** Where the embedded database, generated secrets and uploaded files live. */
  @IsOptional()
  @IsString()
  DATA_DIR?: string;

  @IsOptional()
  @IsInt({ message: 'EMBEDDED_POSTGRES_PORT must be a whole number' })
  @Min(0)
  @Max(65535)
  EMBEDDED_POSTGRES_PORT?: number;

  /** The API's heap cap in MiB (0: V8's own limit); the deploy files start the API with API_HEAP_MB. */
  @IsOptional()
  @IsInt({ message: 'API_HEAP_MB must be a whole number' })
  @Min(0)
  @Max(65536)
  API_HEAP_MB?: number;
}

const log = (message: string) => console.log(`[launcher] ${message}`);

let embedded: RunningPostgres | null = null;
let supervisor: Supervisor | null = null;
let stopping: Promise<never> | null = null;
/** Set while running-database.json under it names our embedded server. */
let recordedIn: string | null = null;

/** Children first (they hold connections), then the embedded server; bounded by their timeouts. */
function shutdown(code: number, reason: string): Promise<never> {
  stopping ??= (async () => {
    log(`stopping (${reason}) …`);
    await supervisor?.stop();
    if (recordedIn) clearRunningDatabase(recordedIn);
    await embedded?.stop();
    log('stopped');
    process.exit(code);
  })();
  return stopping;
}

function dataFolder(dir: string): string {
  try {
    mkdirSync(dir, { recursive: true });
    return dir;
  } catch (error) {
    throw new Error(
      `the data folder ${dir} cannot be created (${(error as NodeJS.ErrnoException).code}): set DATA_DIR to a writable folder`,
    );
  }
}

/**
 * `npm start`: the whole system on one machine. Without DATABASE_URL an embedded PostgreSQL
 * (real server binaries from npm) holds both the events and the read models. The API and the
 * projector are supervised: one that dies is restarted; SIGINT/SIGTERM stops everything.
 */
async function main(): Promise<void> {
  process.once('SIGINT', () => void shutdown(0, 'SIGINT'));
  process.once('SIGTERM', () => void shutdown(0, 'SIGTERM'));
  const config = validateConfig(LauncherConfig);
  const production = process.env.NODE_ENV === 'production';
  // In production the secret comes from the settings or a file, never one made up here; checked before anything starts.
  if (production && !process.env.JWT_SECRET && !process.env.JWT_SECRET_FILE)
    throw new ConfigError('JWT_SECRET or JWT_SECRET_FILE must be set in production (NODE_ENV=production)');
  if (production) {
    const secret = signingSecret(validateConfig(AuthConfig));
    // The log provider would write one-time codes where log readers see them; a phone lookup key must be the deployment's own.
    if (smsProvider(validateConfig(SmsConfig)) !== 'none') phoneLookupSecret(validateConfig(PhoneSignInConfig), secret);
  }
  const dataDir = dataFolder(resolve(config.DATA_DIR ?? '.data'));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  if (!env.DATABASE_URL) {
    log('starting embedded PostgreSQL …');
    embedded = await startEmbeddedPostgres({
      dataDir: join(dataDir, 'postgres'),
      port: config.EMBEDDED_POSTGRES_PORT ?? 0,
      database: 'warehouse',
      durable: true,
      ownProcessGroup: true,
    });
    env.DATABASE_URL = embedded.url;
    log(`embedded PostgreSQL at ${embedded.url} (data: ${embedded.dataDir})`);
    writeRunningDatabase(dataDir, embedded.url);
    recordedIn = dataDir;
    log(`operator CLI finds it through ${runningDatabaseFile(dataDir)}`);
  }
  env.JWT_SECRET ??= jwtSecret(dataDir);
  if (!production) {
    env.DEMO_LOGIN ??= 'true';
    env.ORG_SEED_DEMO ??= 'true';
  }
  if (!env.AUDIT_SIGNING_KEY) env.AUDIT_SIGNING_KEY_FILE ??= auditKeyFile(dataDir, suiteFromConfig(validateConfig(CryptoSuiteConfig, env)));

  const applied = await runMigrations(env.DATABASE_URL as string, DATABASE_SCHEMA);
  log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'schema up to date');
  log(env.EVENTSTORE_CONNECTION_STRING ? 'event store: EventStoreDB' : 'event store: PostgreSQL');

  const apps = join(__dirname, '..', '..');
  const apiHeapMb = config.API_HEAP_MB ?? API_HEAP_MB;
  supervisor = new Supervisor(
    [
      { name: 'projector', script: join(apps, 'projector', 'src', 'main.js') },
      { name: 'api', script: join(apps, 'api', 'src', 'main.js'), nodeFlags: apiHeapMb > 0 ? [heapCapFlag(apiHeapMb)] : [] },
    ],
    { env, log },
  );
  await supervisor.start();
  log(`running: API on http://localhost:${env.PORT ?? 3000}/api`);
}

main().catch(async (error: unknown) => {
  console.error(`[launcher] cannot start: ${startupErrorLine(error)}`);
  // Stops whatever did start (children, the embedded server) before exiting.
  await shutdown(1, 'start-up failed');
});
