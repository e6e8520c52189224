import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { acceptedSettings } from './support/accepted-settings';
import { publicGetRoutes } from './support/api-routes';
import { DEPLOY, parseManifests, read, Yaml } from './support/deploy-files';
import { imageArgv, parseDockerfile, runtimeDistFolders } from './support/dockerfile-checks';
import { K8sFacts, manifestProblems } from './support/k8s-checks';
import { manifestSchemaProblems } from './support/schema-checks';

/** No cluster here: every manifest in deploy/k8s is parsed and checked against the app and each other. */
describe('deploy/k8s manifests (static checks)', () => {
  const docs = parseManifests(join(DEPLOY, 'k8s'));
  let facts: K8sFacts;
  beforeAll(async () => {
    const stages = parseDockerfile(read('Dockerfile'));
    facts = {
      settings: acceptedSettings().names,
      routes: await publicGetRoutes(),
      image: imageArgv(stages),
      distFolders: runtimeDistFolders(stages),
    };
  });

  it('has Deployments for the API and the projector, a Service, a migration Job, disruption budgets, secrets and settings', () => {
    const kinds = docs.map((d) => `${d.doc.kind}/${d.doc.metadata.name}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'Deployment/warehouse-api',
        'Deployment/warehouse-projector',
        'Service/warehouse-api',
        'Job/warehouse-migrate',
        'PodDisruptionBudget/warehouse-api',
        'PodDisruptionBudget/warehouse-projector',
        'ConfigMap/warehouse-config',
        'Secret/warehouse-secrets',
        'Secret/warehouse-keys',
        'Secret/eventstore-ca',
      ]),
    );
    const api = docs.find((d) => d.doc.kind === 'Deployment' && d.doc.metadata.name === 'warehouse-api')?.doc;
    expect(api.spec.replicas).toBeGreaterThanOrEqual(2);
    expect(api.spec.template.spec.containers[0].readinessProbe.httpGet.path).toBe('/api/health/ready');
  });

  it('is valid against the Kubernetes API schema of each kind', () => expect(manifestSchemaProblems(docs)).toEqual([]));

  it.each([
    ['a wrong type', 'api.yaml', 'replicas: 2', 'replicas: two', /spec\/replicas must be integer/],
    ['a missing required field', 'projector.yaml', '        - name: projector\n', '        - ', /must have required property name/],
    ['a wrong enum', 'migrate-job.yaml', 'restartPolicy: Never', 'restartPolicy: Sometimes', /restartPolicy/],
  ])('fails the schema on %s', (_what, file, from, to, problem) => {
    expect(manifestSchemaProblems(broken(file, from, to)).join('\n')).toMatch(problem);
  });

  it('refers only to objects, settings, routes, ports and built scripts that exist; secrets are placeholders', () => {
    expect(manifestProblems(docs, facts)).toEqual([]);
  });

  /** Breaks one manifest's text and checks the whole set again. */
  const broken = (file: string, from: string | RegExp, to: string) =>
    docs.flatMap((d, i) => {
      if (d.file !== file) return [d];
      if (docs.findIndex((x) => x.file === file) !== i) return [];
      const text = read(`deploy/k8s/${file}`);
      const changed = text.replace(from, to);
      expect(changed).not.toEqual(text);
      return parseAllDocuments(changed).map((doc) => ({ file, doc: doc.toJS() as Yaml }));
    });

  const cases: [string, string, string | RegExp, string, RegExp][] = [
    ['a document without a name', 'config.yaml', '  name: warehouse-config\n', '', /apiVersion, kind and metadata.name are required/],
    ['an unknown kind', 'api.yaml', 'kind: PodDisruptionBudget', 'kind: PodDisruptionBugdet', /not a kind these checks know/],
    [
      'a selector that misses its template',
      'projector.yaml',
      'matchLabels: { app.kubernetes.io/name: warehouse-projector }\n  template',
      'matchLabels: { app.kubernetes.io/name: projector }\n  template',
      /warehouse-projector: its selector does not match/,
    ],
    [
      'a disruption budget selecting nothing',
      'api.yaml',
      /minAvailable: 1\n  selector:\n    matchLabels: \{ app.kubernetes.io\/name: warehouse-api \}/,
      'minAvailable: 1\n  selector:\n    matchLabels: { app.kubernetes.io/name: api }',
      /PodDisruptionBudget warehouse-api: selects no/,
    ],
    [
      'a Service port no container has',
      'api.yaml',
      '{ name: http, port: 80, targetPort: http }',
      '{ name: http, port: 80, targetPort: web }',
      /targetPort web is no container port/,
    ],
    ['a probe on a route the API lacks', 'api.yaml', 'path: /api/health/ready', 'path: /healthz', /readinessProbe calls \/healthz/],
    [
      'a probe on a route behind sign-in',
      'api.yaml',
      'path: /api/health/live, port: http }\n            periodSeconds: 20',
      'path: /api/assets, port: http }\n            periodSeconds: 20',
      /livenessProbe calls \/api\/assets/,
    ],
    [
      'a probe on another port',
      'api.yaml',
      'path: /api/health/ready, port: http',
      'path: /api/health/ready, port: 8080',
      /readinessProbe port 8080/,
    ],
    [
      'a container port the app does not listen on',
      'api.yaml',
      'containerPort: 3000',
      'containerPort: 8080',
      /is not the container port 3000/,
    ],
    ['a setting the app does not read', 'config.yaml', 'TRUST_PROXY_HOPS:', 'TRUSTED_PROXY_HOPS:', /TRUSTED_PROXY_HOPS is not a setting/],
    [
      'a missing ConfigMap',
      'projector.yaml',
      'configMapRef: { name: warehouse-config }',
      'configMapRef: { name: warehouse-settings }',
      /envFrom names .*warehouse-settings/,
    ],
    ['a missing Secret key', 'migrate-job.yaml', 'key: DATABASE_URL', 'key: DATABASE_URI', /warehouse-secrets\/DATABASE_URI, not defined/],
    ['a missing Secret volume', 'projector.yaml', 'secretName: eventstore-ca', 'secretName: esdb-ca', /names Secret esdb-ca, not defined/],
    ['a missing claim', 'api.yaml', 'claimName: warehouse-files', 'claimName: files', /names claim files, not defined/],
    [
      'a key file that is not mounted',
      'api.yaml',
      'value: /etc/cloud-warehouse/secrets/jwt-secret',
      'value: /etc/cloud-warehouse/jwt-secret',
      /JWT_SECRET_FILE=\/etc\/cloud-warehouse\/jwt-secret is no key/,
    ],
    [
      'a real value in a Secret',
      'secrets.yaml',
      'jwt-secret: CHANGE_ME_TO_A_RANDOM_SECRET_OF_32_OR_MORE_CHARACTERS',
      'jwt-secret: 9f1c2e7a5b3d4c6e8f0a1b2c3d4e5f6a7b8c9d0e',
      /jwt-secret is not a CHANGE_ME placeholder/,
    ],
    [
      'one EventStoreDB node',
      'secrets.yaml',
      '2113,esdb-1.esdb.example.internal:2113,esdb-2.esdb.example.internal:2113',
      '2113',
      /names 1 node/,
    ],
    [
      'a CA file the pod does not mount',
      'secrets.yaml',
      'tlsCAFile=/etc/cloud-warehouse/eventstore-ca/ca.crt',
      'tlsCAFile=/etc/ssl/ca.crt',
      /not in a mounted folder/,
    ],
    [
      'a script that was never built',
      'migrate-job.yaml',
      "args: ['dist/scripts/migrate.js']",
      "args: ['dist/migrate.js']",
      /dist\/migrate.js does not exist/,
    ],
    [
      'pods allowed to run as root',
      'projector.yaml',
      'runAsNonRoot: true',
      'runAsNonRoot: false',
      /warehouse-projector: pods are not runAsNonRoot/,
    ],
    ['a port without a readiness probe', 'api.yaml', 'readinessProbe:', 'unusedProbe:', /serves a port without a readiness probe/],
  ];
  it.each(cases)('fails on %s', (_what, file, from, to, problem) => {
    expect(manifestProblems(broken(file, from, to), facts).join('\n')).toMatch(problem);
  });
});
