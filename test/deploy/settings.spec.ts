import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acceptedSettings, productionSources } from './support/accepted-settings';
import { builtFileExists, DEPLOY, envExampleSettings, read, scriptOf } from './support/deploy-files';
import { connectionStringProblems, interpolations, unknownSettings } from './support/settings-checks';

/** What an env example sets: names the app reads, connection strings the client takes. */
function envExampleProblems(file: string, text: string, accepted: ReadonlySet<string>): string[] {
  const settings = envExampleSettings(text);
  return [
    ...unknownSettings(file, new Set(settings.map((s) => s.name)), accepted),
    ...settings
      .filter((s) => s.name === 'EVENTSTORE_CONNECTION_STRING')
      .flatMap((s) => connectionStringProblems(`${file}:${s.line}`, s.value)),
  ];
}

/** Files under deploy/ (and the Dockerfile) that hold a private key: none may. */
const privateKeys = (files: Record<string, string>) =>
  Object.keys(files).filter((f) => /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(files[f]));

describe('deployment settings (static checks)', () => {
  const accepted = acceptedSettings();
  const appExamples = readdirSync(DEPLOY).filter((f) => /^env.*\.example$/.test(f));

  it('reads the accepted settings from the schemas the app validates and its direct environment reads', () => {
    expect([...accepted.schemas.keys()]).toEqual(
      expect.arrayContaining(['DatabaseConfig', 'EventStoreConfig', 'AuthConfig', 'ProjectorConfig', 'HttpConfig']),
    );
    expect([...accepted.names]).toEqual(
      expect.arrayContaining(['DATABASE_URL', 'EVENTSTORE_CONNECTION_STRING', 'JWT_SECRET_FILE', 'PORT', 'WEB_DIST_DIR']),
    );
    expect(productionSources().some((f) => /\.spec\.ts$|\/apps\/web\//.test(f))).toBe(false);
  });

  it('finds a schema in new code, and refuses a validated schema whose class it cannot find', () => {
    const dir = mkdtempSync(join(tmpdir(), 'settings-derivation-'));
    try {
      const file = join(dir, 'extra.config.ts');
      writeFileSync(
        file,
        "class ExtraConfig {\n  @IsOptional()\n  EXTRA_SETTING?: string;\n}\nexport const extra = moduleConfig('extra', ExtraConfig);\n",
      );
      expect(acceptedSettings([file]).names).toEqual(new Set(['EXTRA_SETTING']));
      writeFileSync(file, "export const extra = moduleConfig('extra', MissingConfig);\n");
      expect(() => acceptedSettings([file])).toThrow(/MissingConfig/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('env examples set only settings the app reads, and their EventStoreDB strings name credentials, a CA file and all three nodes', () => {
    expect(appExamples).toContain('env.example');
    for (const file of appExamples) expect(envExampleProblems(file, read(`deploy/${file}`), accepted.names)).toEqual([]);
    const strings = appExamples
      .flatMap((f) => envExampleSettings(read(`deploy/${f}`)))
      .filter((s) => s.name === 'EVENTSTORE_CONNECTION_STRING');
    expect(strings.map((s) => s.value.split(':')[0]).sort()).toEqual(['esdb', 'esdb+discover']);
  });

  it.each([
    [
      'a setting the app does not read',
      (t: string) => t.replace('PROJECTOR_MAX_BATCH=', 'PROJECTOR_BATCH=') as string,
      /PROJECTOR_BATCH is not a setting/,
    ],
    ['a commented-out setting the app does not read', (t: string) => t.replace('# FILES_DIR=', '# FILE_DIR='), /FILE_DIR is not a setting/],
    [
      'a single node',
      (t: string) => t.replace('esdb1.internal:2113,esdb2.internal:2113,esdb3.internal:2113', 'esdb1.internal:2113'),
      /names 1 node/,
    ],
    ['no credentials', (t: string) => t.replace('esdb://warehouse:CHANGE_ME@', 'esdb://'), /no credentials/],
    [
      'no CA file',
      (t: string) => t.replace('?tls=true&tlsCAFile=/etc/cloud-warehouse/eventstore-ca.crt\n# Or', '?tls=true\n# Or'),
      /no tlsCAFile/,
    ],
  ])('fails env.example with %s', (_what, breakIt, problem) => {
    const text = read('deploy/env.example');
    const broken = breakIt(text);
    expect(broken).not.toEqual(text);
    expect(envExampleProblems('env.example', broken, accepted.names).join('\n')).toMatch(problem);
  });

  it('compose.env.example lists exactly the variables compose.yaml interpolates', () => {
    const listed = (text: string) => new Set(envExampleSettings(text).map((s) => s.name));
    const compose = read('deploy/compose.yaml');
    const example = read('deploy/compose.env.example');
    expect(listed(example)).toEqual(interpolations(compose));
    expect(listed(example.replace('EVENTSTORE_OPS_PASSWORD=', 'ESDB_OPS_PASSWORD='))).not.toEqual(interpolations(compose));
    expect(interpolations(compose.replace('${POSTGRES_PASSWORD:?', '${PG_PASSWORD:?'))).not.toEqual(listed(example));
  });

  it('the systemd units start scripts the build makes', () => {
    const scripts = (unit: string) =>
      [...unit.matchAll(/^ExecStart(?:Pre)?=\S*node (.+)$/gm)].map((m) => scriptOf(m[1].split(/\s+/)) ?? m[1]);
    for (const unit of readdirSync(join(DEPLOY, 'systemd'))) {
      const found = scripts(read(`deploy/systemd/${unit}`));
      expect(found.length).toBeGreaterThan(0);
      for (const script of found) expect([unit, script, builtFileExists(script)]).toEqual([unit, script, true]);
    }
    expect(builtFileExists('dist/scripts/no-such-script.js')).toBe(false);
  });

  it('no private key is kept in the repository, and the folders for real ones are ignored by git', () => {
    const files = ['Dockerfile', ...['compose.yaml', 'env.example', 'compose.env.example'].map((f) => `deploy/${f}`)];
    for (const f of readdirSync(join(DEPLOY, 'k8s'))) files.push(`deploy/k8s/${f}`);
    const texts = Object.fromEntries(files.map((f) => [f, read(f)]));
    expect(privateKeys(texts)).toEqual([]);
    expect(privateKeys({ ...texts, 'deploy/k8s/secrets.yaml': '-----BEGIN PRIVATE KEY-----\nMC4C…' })).toEqual(['deploy/k8s/secrets.yaml']);
    expect(read('.gitignore').split('\n')).toEqual(expect.arrayContaining(['deploy/.env', 'deploy/secrets/']));
  });
});
