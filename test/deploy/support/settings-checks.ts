import { parseConnectionString } from '@eventstore/db-client/dist/Client/parseConnectionString';
import { validateConfig } from '@app/platform/config/validate-config';
import { EventStoreConfig } from '@app/platform/event-store/event-store.config';

/** Names a deployment file sets that no part of the app reads. */
export function unknownSettings(where: string, names: Iterable<string>, accepted: ReadonlySet<string>): string[] {
  return [...names].filter((name) => !accepted.has(name)).map((name) => `${where}: ${name} is not a setting the app reads`);
}

/**
 * An EventStoreDB connection string fit for the secure cluster: accepted by the app's settings and by
 * the client's own parser (an unknown option is only a warning there, so it counts as a problem here),
 * with credentials, TLS verified against a CA file and all three nodes (or DNS discovery).
 * `mounted` lists the folders the process sees mounted; the CA file must be in one of them.
 */
export function connectionStringProblems(where: string, value: string, mounted?: readonly string[]): string[] {
  const problems: string[] = [];
  try {
    validateConfig(EventStoreConfig, { EVENTSTORE_CONNECTION_STRING: value });
  } catch (error) {
    problems.push(`${where}: ${(error as Error).message.replace(/\s+/g, ' ')}`);
  }
  const warnings: string[] = [];
  const warn = jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.join(' ')));
  try {
    const options = parseConnectionString(value);
    if (!options.defaultCredentials?.username || !options.defaultCredentials.password) problems.push(`${where}: no credentials`);
    if (options.tls !== true) problems.push(`${where}: tls is not true`);
    if (!options.tlsCAFile) problems.push(`${where}: no tlsCAFile`);
    else if (mounted && !mounted.some((dir) => options.tlsCAFile?.startsWith(`${dir}/`)))
      problems.push(`${where}: tlsCAFile ${options.tlsCAFile} is not in a mounted folder (${mounted.join(', ')})`);
    if (!options.dnsDiscover && options.hosts.length < 3) problems.push(`${where}: names ${options.hosts.length} node(s), not all three`);
  } catch (error) {
    problems.push(`${where}: the client rejects it: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    warn.mockRestore();
  }
  return [...problems, ...warnings.map((w) => `${where}: the client warns: ${w.split('\n')[0]}`)];
}

/** The node addresses a connection string names (none when the client rejects it). */
export function connectionHosts(value: string): string[] {
  try {
    return parseConnectionString(value).hosts.map((h) => h.address);
  } catch {
    return [];
  }
}

/** Compose `${VAR}` / `${VAR:?message}` references replaced by a stand-in value, for parsing. */
export const interpolated = (value: string) => value.replace(/\$\{([A-Z0-9_]+)[^}]*\}/g, 'placeholder');

/** The compose variables a file interpolates. */
export const interpolations = (text: string) => new Set([...text.matchAll(/\$\{([A-Z0-9_]+)[^}]*\}/g)].map((m) => m[1]));
