import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { readFileSync } from 'node:fs';

export class ConfigError extends Error {}

/** A secret given in its setting or, for a mounted secret, in the file its `_FILE` twin names (trimmed). */
export function secretFrom(value: string | undefined, file: string | undefined): string | undefined {
  return file ? readFileSync(file, 'utf8').trim() : value;
}

/**
 * Validates one module's settings from the environment, once, at start-up.
 * Every problem is listed in one message, so a misconfigured deployment fails fast and clearly.
 */
export function validateConfig<T extends object>(schema: new () => T, env: NodeJS.ProcessEnv = process.env): T {
  const config = plainToInstance(schema, { ...env }, { enableImplicitConversion: true, excludeExtraneousValues: false });
  const errors = validateSync(config, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((message) => `  - ${e.property}: ${message}`));
    throw new ConfigError(`Invalid configuration (${schema.name}):\n${lines.join('\n')}`);
  }
  return config;
}
