import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { IsOptional, IsString } from 'class-validator';
import { ConfigError, validateConfig } from '@app/platform/config/validate-config';
import { DatabaseConfig } from '@app/platform/database/database.config';
import { readRunningDatabase, runningDatabaseFile } from '@app/platform/database/running-database';
import { AuditConfig } from '@app/read-models/audit-log/audit.config';
import { CryptoSuiteConfig, suiteFromConfig } from '@app/platform/crypto/crypto-suite.module';
import { auditKeyFileName } from '@app/platform/crypto/audit-key-file';

class OperatorConfig {
  /** Where `npm start` keeps its data; the CLI looks there for the running database and the audit key. */
  @IsOptional()
  @IsString()
  DATA_DIR?: string;
}

/**
 * The environment an operator command runs with. DATABASE_URL and the audit key given explicitly
 * win; otherwise they are taken from what `npm start` left under DATA_DIR (default `.data`).
 * Read only when a command runs, so `--help` needs no settings.
 */
export function operatorEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const dataDir = resolve(validateConfig(OperatorConfig, env).DATA_DIR ?? '.data');
  const resolved: NodeJS.ProcessEnv = { ...env };
  if (!resolved.DATABASE_URL) {
    const running = readRunningDatabase(dataDir);
    if (!running)
      throw new ConfigError(
        `No database: set DATABASE_URL, or start the system with npm start (it writes ${runningDatabaseFile(dataDir)}; DATA_DIR=${dataDir}).`,
      );
    resolved.DATABASE_URL = running.databaseUrl;
  }
  const keyFile = join(dataDir, auditKeyFileName(suiteFromConfig(validateConfig(CryptoSuiteConfig, resolved))));
  if (!resolved.AUDIT_SIGNING_KEY && !resolved.AUDIT_SIGNING_KEY_FILE && existsSync(keyFile)) resolved.AUDIT_SIGNING_KEY_FILE = keyFile;
  return resolved;
}

export const databaseUrlOf = (env: NodeJS.ProcessEnv) => validateConfig(DatabaseConfig, env).DATABASE_URL;
export const auditSettingsOf = (env: NodeJS.ProcessEnv) => validateConfig(AuditConfig, env);
export const suiteOf = (env: NodeJS.ProcessEnv) => suiteFromConfig(validateConfig(CryptoSuiteConfig, env));
