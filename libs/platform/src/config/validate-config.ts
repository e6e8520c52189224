import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

export class ConfigError extends Error {}

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
