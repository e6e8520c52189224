import { acceptedSettings } from './support/accepted-settings';
import { publicGetRoutes } from './support/api-routes';
import { appServices, ComposeFacts, composeProblems, nginxSite } from './support/compose-checks';
import { parseCompose, read, Yaml } from './support/deploy-files';
import { imageArgv, parseDockerfile, runtimeDistFolders } from './support/dockerfile-checks';
import { composeSchemaProblems } from './support/schema-checks';

/** No container engine runs compose here: the file is parsed and checked against the app instead. */
describe('deploy/compose.yaml (static checks)', () => {
  const text = read('deploy/compose.yaml');
  let facts: ComposeFacts;
  beforeAll(async () => {
    const stages = parseDockerfile(read('Dockerfile'));
    facts = {
      settings: acceptedSettings().names,
      routes: await publicGetRoutes(),
      image: imageArgv(stages),
      distFolders: runtimeDistFolders(stages),
      proxy: nginxSite(read('deploy/nginx/nginx.conf')),
    };
  });
  const compose = () => parseCompose(text);

  it('holds a 3-node secure EventStoreDB cluster, PostgreSQL, migrations, two APIs, projectors and a proxy', () => {
    const services: Record<string, Yaml> = compose().services;
    const byImage = (prefix: string) => Object.keys(services).filter((s) => String(services[s].image).startsWith(prefix));
    expect(byImage('docker.eventstore.com/eventstore/eventstore:')).toHaveLength(3);
    for (const node of byImage('docker.eventstore.com/eventstore/eventstore:')) {
      expect(services[node].environment).toMatchObject({ EVENTSTORE_CLUSTER_SIZE: '3', EVENTSTORE_INSECURE: 'false' });
      expect(services[node].environment.EVENTSTORE_CERTIFICATE_FILE).toMatch(/^\/certs\//);
    }
    expect(byImage('docker.eventstore.com/eventstore-utils/es-gencert-cli')).toHaveLength(1);
    expect(byImage('postgres:')).toHaveLength(1);
    expect(byImage('nginx:')).toHaveLength(1);
    const app = [...appServices(compose())];
    const running = (script: string) => app.filter((s) => [services[s].entrypoint, services[s].command].flat().includes(script));
    expect(running('dist/apps/api/src/main.js').length).toBeGreaterThanOrEqual(2);
    expect(running('dist/apps/projector/src/main.js')).toHaveLength(1);
    expect(running('dist/scripts/migrate.js')).toHaveLength(1);
    expect(services[running('dist/scripts/migrate.js')[0]].restart).toBe('no');
  });

  it('is valid against the Compose Specification schema', () => expect(composeSchemaProblems(compose())).toEqual([]));

  it.each([
    [
      'a misspelt key',
      (t: string) => t.replace("restart: 'no'\n    depends_on:\n      postgres", "restrat: 'no'\n    depends_on:\n      postgres"),
      /restrat/,
    ],
    [
      'an unknown dependency condition',
      (t: string) => t.replace('condition: service_completed_successfully', 'condition: service_completed'),
      /allowed values/,
    ],
    [
      'a wrong type',
      (t: string) => t.replace('volumes: [postgres-data:/var/lib/postgresql]', 'volumes: postgres-data'),
      /\.volumes should be array/,
    ],
  ])('fails the schema on %s', (_what, breakIt, problem) => {
    const broken = breakIt(text);
    expect(broken).not.toEqual(text);
    expect(composeSchemaProblems(parseCompose(broken)).join('\n')).toMatch(problem);
  });

  it('references only services, volumes, secrets, settings, routes and built scripts that exist', () => {
    expect(facts.routes.has('/api/health/ready')).toBe(true);
    expect(composeProblems(compose(), facts)).toEqual([]);
  });

  const cases: [string, (t: string) => string, RegExp][] = [
    [
      'a dependency on a missing service',
      (t) => t.replace('postgres: { condition: service_healthy }', 'postgresql: { condition: service_healthy }'),
      /postgresql, which is not a service/,
    ],
    [
      'waiting for health of a service without a check',
      (t) => t.replace('cert-gen: { condition: service_completed_successfully }', 'cert-gen: { condition: service_healthy }'),
      /cert-gen to be healthy, which has no health check/,
    ],
    [
      'waiting for a service that never completes',
      (t) =>
        t.replace(
          "command: ['dist/scripts/migrate.js']\n    environment:\n      <<: *app-settings\n    restart: 'no'",
          "command: ['dist/scripts/migrate.js']\n    environment:\n      <<: *app-settings",
        ),
      /not a one-shot/,
    ],
    [
      'a health check on a route the API lacks',
      (t) => t.replace('127.0.0.1:3000/api/health/ready', '127.0.0.1:3000/api/healthz'),
      /\/api\/healthz, not a public GET route/,
    ],
    [
      'a health check on a route behind sign-in',
      (t) => t.replace('127.0.0.1:3000/api/health/ready', '127.0.0.1:3000/api/assets'),
      /\/api\/assets, not a public GET route/,
    ],
    [
      'a health check on another port',
      (t) => t.replace('127.0.0.1:3000/api/health/ready', '127.0.0.1:8080/api/health/ready'),
      /health check port 8080/,
    ],
    [
      'the proxy checking a missing route',
      (t) => t.replace('http://127.0.0.1/api/health/live', 'http://127.0.0.1/health'),
      /calls \/health/,
    ],
    ['a setting the app does not read', (t) => t.replace('TRUST_PROXY_HOPS:', 'TRUSTED_PROXIES:'), /TRUSTED_PROXIES is not a setting/],
    [
      'a script that was never built',
      (t) => t.replace("['dist/apps/projector/src/main.js']", "['dist/apps/projector/main.js']"),
      /does not exist after npm run build/,
    ],
    [
      'an undeclared volume',
      (t) => t.replace('- files:/var/lib/cloud-warehouse/files', '- photos:/var/lib/cloud-warehouse/files'),
      /volume photos is not declared/,
    ],
    [
      'an undeclared secret',
      (t) => t.replace('secrets: [jwt-secret, audit-signing-key]', 'secrets: [jwt-key, audit-signing-key]'),
      /secret jwt-key is not declared/,
    ],
    [
      'a key file that is not a secret of the service',
      (t) => t.replace('JWT_SECRET_FILE: /run/secrets/jwt-secret', 'JWT_SECRET_FILE: /etc/jwt-secret'),
      /JWT_SECRET_FILE=\/etc\/jwt-secret/,
    ],
    ['one EventStoreDB node', (t) => t.replace('@esdb-node1:2113,esdb-node2:2113,esdb-node3:2113', '@esdb-node1:2113'), /names 1 node/],
    [
      'a node that is not a service',
      (t) => t.replace('esdb-node3:2113?tls', 'esdb-node4:2113?tls'),
      /EventStoreDB node esdb-node4 is not a service/,
    ],
    ['no CA file', (t) => t.replace('&tlsCAFile=/etc/cloud-warehouse/eventstore-ca/ca.crt', ''), /no tlsCAFile/],
    [
      'a CA file outside the mounted folders',
      (t) => t.replace('tlsCAFile=/etc/cloud-warehouse/eventstore-ca/ca.crt', 'tlsCAFile=/etc/ssl/ca.crt'),
      /not in a mounted folder/,
    ],
    ['TLS off', (t) => t.replace('?tls=true&', '?tls=false&'), /tls is not true/],
    ['no credentials', (t) => t.replace(/esdb:\/\/admin:\$\{[^}]+\}@/, 'esdb://'), /no credentials/],
    ['a misspelt client option', (t) => t.replace('&tlsCAFile=', '&tlsCAPath='), /the client warns: Unknown option key "tlsCAPath"/],
    ['a kurrentdb:// string the client rejects', (t) => t.replace('esdb://admin:', 'kurrentdb://admin:'), /client rejects it/],
    ['a missing bind-mounted file', (t) => t.replace('./nginx/nginx.conf:', './nginx/site.conf:'), /site.conf, which does not exist/],
  ];
  it.each(cases)('fails on %s', (_what, breakIt, problem) => {
    const broken = breakIt(text);
    expect(broken).not.toEqual(text);
    expect(composeProblems(parseCompose(broken), facts).join('\n')).toMatch(problem);
  });

  it('fails on an nginx upstream that is no API service or port', () => {
    const site = read('deploy/nginx/nginx.conf');
    for (const [from, to, problem] of [
      ['server api-2:3000', 'server api-3:3000', /no app service api-3/],
      ['server api-2:3000', 'server api-2:8080', /api-2 listens elsewhere/],
      ['listen 80;', 'listen 8081;', /nginx listens on 8081/],
    ] as const) {
      const proxy = nginxSite(site.replace(from, to));
      expect(composeProblems(compose(), { ...facts, proxy }).join('\n')).toMatch(problem);
    }
    expect(nginxSite(site).upstreams).toEqual(['api-1:3000', 'api-2:3000']);
  });
});
