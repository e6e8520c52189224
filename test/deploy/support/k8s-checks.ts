import { scriptOf, Yaml } from './deploy-files';
import { scriptProblems } from './dockerfile-checks';
import { connectionStringProblems, unknownSettings } from './settings-checks';

export interface K8sFacts {
  readonly settings: ReadonlySet<string>;
  readonly routes: ReadonlySet<string>;
  readonly image: { entrypoint: string[]; cmd: string[] };
  readonly distFolders: string[];
}

/** The fields each kind used here requires (from the Kubernetes API reference), by apiVersion/kind. */
const REQUIRED: Record<string, string[]> = {
  'v1/ConfigMap': [],
  'v1/Secret': [],
  'v1/Service': ['spec.selector', 'spec.ports'],
  'v1/PersistentVolumeClaim': ['spec.accessModes', 'spec.resources.requests.storage'],
  'apps/v1/Deployment': ['spec.selector.matchLabels', 'spec.template.metadata.labels', 'spec.template.spec.containers'],
  'batch/v1/Job': ['spec.template.spec.containers', 'spec.template.spec.restartPolicy'],
  'policy/v1/PodDisruptionBudget': ['spec.selector.matchLabels'],
};
const at = (doc: Yaml, path: string): Yaml => path.split('.').reduce((v, key) => (v == null ? undefined : v[key]), doc);
const subset = (small: Record<string, string> = {}, big: Record<string, string> = {}) =>
  Object.keys(small).length > 0 && Object.entries(small).every(([k, v]) => big[k] === v);

/** Everything wrong with the manifests, as sentences; none when they are right. */
export function manifestProblems(docs: { file: string; doc: Yaml }[], facts: K8sFacts): string[] {
  const problems: string[] = [];
  const named = (kind: string) => new Map(docs.filter((d) => d.doc?.kind === kind).map((d) => [d.doc.metadata?.name as string, d.doc]));
  const seen = new Set<string>();
  for (const { file, doc } of docs) {
    const id = `${file} ${doc?.kind ?? '?'}/${doc?.metadata?.name ?? '?'}`;
    if (!doc?.apiVersion || !doc.kind || !doc.metadata?.name) problems.push(`${id}: apiVersion, kind and metadata.name are required`);
    const required = REQUIRED[`${doc?.apiVersion}/${doc?.kind}`];
    if (!required) problems.push(`${id}: ${doc?.apiVersion}/${doc?.kind} is not a kind these checks know`);
    for (const path of required ?? []) if (at(doc, path) === undefined) problems.push(`${id}: ${path} is missing`);
    if (seen.has(`${doc?.kind}/${doc?.metadata?.name}`)) problems.push(`${id}: defined twice`);
    seen.add(`${doc?.kind}/${doc?.metadata?.name}`);
    if (doc?.kind === 'Secret') problems.push(...secretProblems(id, doc));
  }
  const deployments = [...named('Deployment').values()];
  for (const d of deployments)
    if (!subset(d.spec?.selector?.matchLabels, d.spec?.template?.metadata?.labels))
      problems.push(`Deployment ${d.metadata.name}: its selector does not match its template's labels`);
  const selects = (selector: Record<string, string>) => deployments.filter((d) => subset(selector, d.spec?.template?.metadata?.labels));
  for (const pdb of named('PodDisruptionBudget').values())
    if (selects(pdb.spec?.selector?.matchLabels).length === 0)
      problems.push(`PodDisruptionBudget ${pdb.metadata.name}: selects no Deployment's pods`);
  for (const service of named('Service').values()) {
    const targets = selects(service.spec?.selector);
    if (targets.length === 0) problems.push(`Service ${service.metadata.name}: selects no Deployment's pods`);
    for (const port of service.spec?.ports ?? [])
      for (const d of targets)
        if (!containerPort(d.spec.template.spec.containers, port.targetPort ?? port.port))
          problems.push(`Service ${service.metadata.name}: targetPort ${port.targetPort} is no container port of ${d.metadata.name}`);
  }
  for (const workload of [...deployments, ...named('Job').values()]) problems.push(...podProblems(workload, named, facts));
  return problems;
}

function containerPort(containers: Yaml[], port: string | number): Yaml {
  return containers.flatMap((c) => c.ports ?? []).find((p: Yaml) => p.name === port || p.containerPort === port);
}

/** Placeholders only: a real key or password never goes into the repository. */
function secretProblems(id: string, doc: Yaml): string[] {
  const problems = doc.data ? [`${id}: uses data (base64); placeholders go in stringData`] : [];
  for (const [key, value] of Object.entries(doc.stringData ?? {}))
    if (!String(value).includes('CHANGE_ME')) problems.push(`${id}: ${key} is not a CHANGE_ME placeholder`);
  return problems;
}

function podProblems(workload: Yaml, named: (kind: string) => Map<string, Yaml>, facts: K8sFacts): string[] {
  const problems: string[] = [];
  const where = `${workload.kind} ${workload.metadata.name}`;
  const pod = workload.spec.template.spec;
  const configMaps = named('ConfigMap');
  const secrets = named('Secret');
  const claims = named('PersistentVolumeClaim');
  const volumes = new Map<string, Yaml>((pod.volumes ?? []).map((v: Yaml) => [v.name, v]));
  for (const v of volumes.values()) {
    if (v.secret && !secrets.has(v.secret.secretName))
      problems.push(`${where}: volume ${v.name} names Secret ${v.secret.secretName}, not defined`);
    if (v.configMap && !configMaps.has(v.configMap.name))
      problems.push(`${where}: volume ${v.name} names ConfigMap ${v.configMap.name}, not defined`);
    if (v.persistentVolumeClaim && !claims.has(v.persistentVolumeClaim.claimName))
      problems.push(`${where}: volume ${v.name} names claim ${v.persistentVolumeClaim.claimName}, not defined`);
  }
  if (pod.securityContext?.runAsNonRoot !== true) problems.push(`${where}: pods are not runAsNonRoot`);
  for (const c of pod.containers) {
    const who = `${where} container ${c.name}`;
    const argv = [...(c.command ?? facts.image.entrypoint), ...(c.args ?? (c.command ? [] : facts.image.cmd))];
    problems.push(...scriptProblems(who, scriptOf(argv), facts.distFolders));
    // The process's settings: every key of an envFrom source, then its own env.
    const env = new Map<string, string | null>();
    for (const from of c.envFrom ?? []) {
      const source = from.configMapRef ? configMaps.get(from.configMapRef.name) : secrets.get(from.secretRef?.name);
      if (!source) problems.push(`${who}: envFrom names ${JSON.stringify(from)}, not defined`);
      for (const [k, v] of Object.entries({ ...source?.data, ...source?.stringData })) env.set(k, String(v));
    }
    for (const e of c.env ?? []) {
      const ref = e.valueFrom?.secretKeyRef ?? e.valueFrom?.configMapKeyRef;
      const source = e.valueFrom?.secretKeyRef ? secrets.get(ref.name) : configMaps.get(ref?.name);
      if (ref && !(ref.key in { ...source?.data, ...source?.stringData }))
        problems.push(`${who}: ${e.name} refers to ${ref.name}/${ref.key}, not defined`);
      env.set(e.name, ref ? (source?.stringData?.[ref.key] ?? null) : String(e.value));
    }
    problems.push(...unknownSettings(who, env.keys(), facts.settings));
    const mounts: Yaml[] = c.volumeMounts ?? [];
    for (const m of mounts) if (!volumes.has(m.name)) problems.push(`${who}: mounts volume ${m.name}, not defined`);
    const connection = env.get('EVENTSTORE_CONNECTION_STRING');
    if (connection)
      problems.push(
        ...connectionStringProblems(
          who,
          connection,
          mounts.map((m) => m.mountPath),
        ),
      );
    for (const [setting, value] of [...env].filter(([k]) => k.endsWith('_FILE'))) {
      const mount = mounts.find((m) => value?.startsWith(`${m.mountPath}/`));
      const secret = secrets.get(volumes.get(mount?.name)?.secret?.secretName);
      const key = value?.slice((mount?.mountPath.length ?? 0) + 1) ?? '';
      if (!secret || !(key in { ...secret.stringData, ...secret.data }))
        problems.push(`${who}: ${setting}=${value} is no key of a mounted Secret`);
    }
    const port = Number(env.get('PORT') ?? 3000);
    for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe'].filter((p) => c[p])) {
      const get = c[probe].httpGet;
      if (!get) problems.push(`${who}: ${probe} is not an HTTP GET`);
      else {
        if (!facts.routes.has(get.path)) problems.push(`${who}: ${probe} calls ${get.path}, not a public GET route of the API`);
        if (containerPort([c], get.port)?.containerPort !== port)
          problems.push(`${who}: ${probe} port ${get.port} is not the container port ${port}`);
      }
    }
    if (c.ports && !c.readinessProbe) problems.push(`${who}: serves a port without a readiness probe`);
  }
  return problems;
}
