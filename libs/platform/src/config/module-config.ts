import { ConfigModule, registerAs } from '@nestjs/config';
import { validateConfig } from './validate-config';

/**
 * One module's settings: a class-validator schema, read from the environment and validated once,
 * when the app that uses the module starts. Inject with `@Inject(x.KEY) config: ModuleConfig<typeof x>`
 * after importing `ConfigModule.forFeature(x)`.
 */
export function moduleConfig<T extends object>(namespace: string, schema: new () => T) {
  return registerAs(namespace, (): T => validateConfig(schema));
}

export type { ConfigType as ModuleConfig } from '@nestjs/config';

/** The root every Nest app imports once: settings come from the process environment only (no .env file). */
export const AppConfigModule = ConfigModule.forRoot({ ignoreEnvFile: true, cache: false });
