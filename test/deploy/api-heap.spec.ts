import { join } from 'node:path';
import { API_HEAP_MB, heapCapFlag } from '@app/platform/process/api-heap';
import { DEPLOY, parseCompose, parseManifests, read, Yaml } from './support/deploy-files';
import { imageArgv, parseDockerfile } from './support/dockerfile-checks';

const API = 'dist/apps/api/src/main.js';

/** The Node flags an argv passes before the API's script; null when it does not start the API. */
function flagsBeforeApi(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(API);
  return at < 0 ? null : argv.slice(0, at).filter((a) => a.startsWith('--'));
}

/** Every way the deploy files start the API, as the argv each gives node. */
function apiStarts(
  files = { dockerfile: read('Dockerfile'), compose: read('deploy/compose.yaml'), systemd: read('deploy/systemd/warehouse-api.service') },
) {
  const image = imageArgv(parseDockerfile(files.dockerfile));
  const compose = parseCompose(files.compose);
  const services = Object.entries(compose.services as Record<string, Yaml>).map(
    ([name, s]) => [`compose ${name}`, [s.entrypoint, s.command].flat()] as const,
  );
  const pods = parseManifests(join(DEPLOY, 'k8s')).flatMap(({ file, doc }) =>
    ((doc.spec?.template?.spec?.containers ?? []) as Yaml[]).map((c) => [`${file} ${c.name}`, [c.command, c.args].flat()] as const),
  );
  const execStart = /^ExecStart=(.*)$/m.exec(files.systemd)?.[1].split(/\s+/) ?? [];
  return [['Dockerfile CMD', [...image.entrypoint, ...image.cmd]] as const, ['systemd', execStart] as const, ...services, ...pods]
    .map(([where, argv]) => [where, argv.filter((a): a is string => typeof a === 'string')] as const)
    .filter(([, argv]) => flagsBeforeApi(argv) !== null);
}

/** Where a start of the API passes other Node flags than the measured cap. */
const capProblems = (starts: ReturnType<typeof apiStarts>) =>
  starts
    .map(([where, argv]) => ({ where, flags: flagsBeforeApi(argv) }))
    .filter(({ flags }) => JSON.stringify(flags) !== JSON.stringify([heapCapFlag(API_HEAP_MB)]))
    .map(({ where, flags }) => `${where}: ${flags?.join(' ') || 'no flags'}`);

describe('the API heap cap in the deploy files', () => {
  it('starts the API everywhere with the cap it is measured under', () => {
    const starts = apiStarts();
    expect(starts.map(([where]) => where)).toEqual(expect.arrayContaining(['Dockerfile CMD', 'systemd', 'compose api-1', 'api.yaml api']));
    expect(capProblems(starts)).toEqual([]);
  });

  it('names a start that drifts from the figure or drops the flag', () => {
    const files = {
      dockerfile: read('Dockerfile'),
      compose: read('deploy/compose.yaml'),
      systemd: read('deploy/systemd/warehouse-api.service'),
    };
    const drifted = { ...files, systemd: files.systemd.replace(heapCapFlag(API_HEAP_MB), heapCapFlag(API_HEAP_MB * 2)) };
    expect(capProblems(apiStarts(drifted))).toEqual([`systemd: ${heapCapFlag(API_HEAP_MB * 2)}`]);
    const dropped = { ...files, dockerfile: files.dockerfile.replace(`"${heapCapFlag(API_HEAP_MB)}", `, '') };
    expect(capProblems(apiStarts(dropped))).toEqual(['Dockerfile CMD: no flags']);
  });
});
