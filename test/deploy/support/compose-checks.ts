import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEPLOY, scriptOf, Yaml } from './deploy-files';
import { scriptProblems } from './dockerfile-checks';
import { connectionHosts, connectionStringProblems, interpolated, unknownSettings } from './settings-checks';

export interface ComposeFacts {
  readonly settings: ReadonlySet<string>;
  readonly routes: ReadonlySet<string>;
  readonly image: { entrypoint: string[]; cmd: string[] };
  readonly distFolders: string[];
  /** The nginx site: the port it listens on and its upstream servers (host:port). */
  readonly proxy: { listen: number; upstreams: string[] };
}

const list = (value: Yaml): string[] => (Array.isArray(value) ? value : value ? Object.keys(value) : []);
const argv = (value: Yaml): string[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : String(value).split(/\s+/);

/** The services built from the repository's Dockerfile, and every service using their image. */
export function appServices(compose: Yaml): Set<string> {
  const services: Record<string, Yaml> = compose.services ?? {};
  const images = new Set(
    Object.values(services)
      .filter((s) => s.build?.dockerfile === 'Dockerfile')
      .map((s) => s.image as string),
  );
  return new Set(Object.keys(services).filter((name) => images.has(services[name].image)));
}

/** URLs a health check calls: host, port and path. */
export function healthCheckUrls(service: Yaml): { port: number | null; path: string }[] {
  const test = [service.healthcheck?.test ?? []].flat().join(' ');
  return [...test.matchAll(/https?:\/\/[^/:'"\s]+(?::(\d+))?(\/[^'"\s)]*)/g)].map((m) => ({
    port: m[1] ? Number(m[1]) : null,
    path: m[2],
  }));
}

/** Everything wrong with compose.yaml, as sentences; none when it is right. */
export function composeProblems(compose: Yaml, facts: ComposeFacts): string[] {
  const problems: string[] = [];
  const services: Record<string, Yaml> = compose.services ?? {};
  const app = appServices(compose);
  if (app.size === 0) problems.push('no service builds the app image from Dockerfile');
  for (const [name, service] of Object.entries(services)) {
    const where = `service ${name}`;
    if (!service.image && !service.build) problems.push(`${where}: neither image nor build`);
    if (service.build && !existsSync(join(DEPLOY, service.build.context ?? '.', service.build.dockerfile ?? 'Dockerfile')))
      problems.push(`${where}: its build's Dockerfile does not exist`);
    const dependsOn: Record<string, Yaml> = Array.isArray(service.depends_on)
      ? Object.fromEntries(service.depends_on.map((d: string) => [d, {}]))
      : (service.depends_on ?? {});
    for (const [target, how] of Object.entries(dependsOn)) {
      if (!services[target]) problems.push(`${where}: depends on ${target}, which is not a service`);
      else if (how.condition === 'service_healthy' && !services[target].healthcheck)
        problems.push(`${where}: waits for ${target} to be healthy, which has no health check`);
      else if (how.condition === 'service_completed_successfully' && services[target].restart !== 'no')
        problems.push(`${where}: waits for ${target} to complete, which restarts (not a one-shot)`);
    }
    for (const volume of service.volumes ?? []) {
      const source = String(volume).split(':')[0];
      if (source.startsWith('.') || source.startsWith('/')) {
        if (!existsSync(join(DEPLOY, source))) problems.push(`${where}: mounts ${source}, which does not exist`);
      } else if (!(source in (compose.volumes ?? {}))) problems.push(`${where}: volume ${source} is not declared`);
    }
    for (const secret of service.secrets ?? [])
      if (!(secret in (compose.secrets ?? {}))) problems.push(`${where}: secret ${secret} is not declared`);
    for (const network of list(service.networks))
      if (network !== 'default' && !(network in (compose.networks ?? {}))) problems.push(`${where}: network ${network} is not declared`);
    problems.push(...(app.has(name) ? appServiceProblems(name, service, facts, new Set(Object.keys(services))) : []));
    if (service.image?.startsWith('nginx'))
      for (const { port, path } of healthCheckUrls(service)) {
        if ((port ?? 80) !== facts.proxy.listen)
          problems.push(`${where}: health check port ${port ?? 80}, nginx listens on ${facts.proxy.listen}`);
        if (!facts.routes.has(path)) problems.push(`${where}: health check calls ${path}, not a public GET route of the API`);
      }
  }
  for (const upstream of facts.proxy.upstreams) {
    const [host, port] = upstream.split(':');
    if (!app.has(host)) problems.push(`nginx upstream ${upstream}: no app service ${host}`);
    else if (Number(port) !== Number(services[host].environment?.PORT ?? 3000))
      problems.push(`nginx upstream ${upstream}: ${host} listens elsewhere`);
  }
  return problems;
}

/** An app service: runs a built script, sets only real settings, checks real routes, finds its files. */
function appServiceProblems(name: string, service: Yaml, facts: ComposeFacts, serviceNames: ReadonlySet<string>): string[] {
  const where = `service ${name}`;
  const entrypoint = argv(service.entrypoint) ?? facts.image.entrypoint;
  const command = argv(service.command) ?? (service.entrypoint === undefined ? facts.image.cmd : []);
  const env: Record<string, string> = Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, String(v)]));
  const problems = [...scriptProblems(where, scriptOf([...entrypoint, ...command]), facts.distFolders)];
  problems.push(...unknownSettings(where, Object.keys(env), facts.settings));
  if (service.env_file) problems.push(`${where}: env_file hides its settings from these checks; list them under environment`);
  const mounted = (service.volumes ?? []).map((v: string) => String(v).split(':')[1]);
  if (env.EVENTSTORE_CONNECTION_STRING) {
    const connection = interpolated(env.EVENTSTORE_CONNECTION_STRING);
    problems.push(...connectionStringProblems(where, connection, mounted));
    for (const host of connectionHosts(connection))
      if (!serviceNames.has(host)) problems.push(`${where}: EventStoreDB node ${host} is not a service`);
  }
  for (const [setting, value] of Object.entries(env).filter(([k]) => k.endsWith('_FILE'))) {
    const secret = /^\/run\/secrets\/([^/]+)$/.exec(value)?.[1];
    if (!secret || !(service.secrets ?? []).includes(secret)) problems.push(`${where}: ${setting}=${value} is not one of its secrets`);
  }
  for (const { port, path } of healthCheckUrls(service)) {
    if ((port ?? 80) !== Number(env.PORT ?? 3000))
      problems.push(`${where}: health check port ${port}, the API listens on ${env.PORT ?? 3000}`);
    if (!facts.routes.has(path)) problems.push(`${where}: health check calls ${path}, not a public GET route of the API`);
  }
  return problems;
}

/** nginx's `listen` port and `server host:port` upstream lines. */
export function nginxSite(text: string): { listen: number; upstreams: string[] } {
  const listen = Number(/^\s*listen\s+(\d+)/m.exec(text)?.[1] ?? 80);
  const upstreams = [...text.matchAll(/^\s*server\s+([\w.-]+:\d+)/gm)].map((m) => m[1]);
  return { listen, upstreams };
}
