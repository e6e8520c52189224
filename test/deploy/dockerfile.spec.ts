import { read } from './support/deploy-files';
import { dockerfileProblems, parseDockerfile, runtimeDistFolders, runtimeNodeMajor } from './support/dockerfile-checks';
import { majorSatisfies, unmetEngines } from './support/node-engines';

/**
 * No container engine builds the image here: the Dockerfile is read and checked against the build's
 * output instead (`npm test` builds first, so dist/ is the one the image would hold).
 */
describe('Dockerfile (static checks)', () => {
  const text = read('Dockerfile');
  const problemsOf = (dockerfile: string) => dockerfileProblems(parseDockerfile(dockerfile));

  it('builds in one stage, runs as a non-root user in another, and starts a script the build made', () => {
    expect(problemsOf(text)).toEqual([]);
    expect(runtimeDistFolders(parseDockerfile(text))).toEqual(expect.arrayContaining(['dist/apps', 'dist/scripts', 'dist/web']));
  });

  it.each([
    [
      'a default command that was never built',
      (t: string) => t.replace('dist/apps/api/src/main.js', 'dist/apps/api/src/server.js'),
      /does not exist/,
    ],
    [
      'a script outside the copied folders',
      (t: string) => t.replace(/^COPY --from=build \/app\/dist\/apps .*$/m, ''),
      /not in a folder the image copies/,
    ],
    ['no pages', (t: string) => t.replace(/^COPY --from=build \/app\/dist\/web .*$/m, ''), /pages/],
    ['root at run time', (t: string) => t.replace('USER node', 'USER root'), /runs as root/],
    ['no USER at all', (t: string) => t.replace('USER node', ''), /runs as root/],
    ['dev dependencies in the image', (t: string) => t.replace('--omit=dev ', ''), /npm ci --omit=dev/],
    ['no build', (t: string) => t.replace('RUN npm run build', 'RUN true'), /npm run build/],
    ['a copy from a stage that does not exist', (t: string) => t.replace('COPY --from=deps', 'COPY --from=dependencies'), /no such stage/],
    ['a shell-form command', (t: string) => t.replace(/^CMD \[.*\]$/m, 'CMD node dist/apps/api/src/main.js'), /JSON arrays/],
    ['a single stage', (t: string) => t.split(/^FROM .* AS deps$/m)[0], /multi-stage|node_modules/],
  ])('fails on %s', (_what, breakIt, problem) => {
    const broken = breakIt(text);
    expect(broken).not.toEqual(text);
    expect(problemsOf(broken).join('\n')).toMatch(problem);
  });

  it("runs a Node.js every production dependency's engines accept", () => {
    const lock = JSON.parse(read('package-lock.json'));
    const major = runtimeNodeMajor(text);
    expect(major).not.toBeNull();
    expect(unmetEngines(major as number, lock)).toEqual([]);
    expect(unmetEngines(18, lock)).toEqual(expect.arrayContaining([expect.stringMatching(/^this project needs node >=20\.19/)]));
    expect(runtimeNodeMajor(text.replace(/node:\d+-/, 'node:18-'))).toBe(18);
  });

  it.each([
    ['>=22.12.0', 22, true],
    ['>=22.12.0', 20, false],
    ['^20.19.0 || ^22.12.0 || >=24.0.0', 23, false],
    ['^20.19.0 || ^22.12.0 || >=24.0.0', 22, true],
    ['6.* || 8.* || >= 10.*', 22, true],
    ['>=16 || 14 >=14.17', 14, true],
    ['>= 0.4', 22, true],
    ['*', 22, true],
  ])('reads engines range %s for node %i as %s', (range, major, ok) => expect(majorSatisfies(major, range)).toBe(ok));

  it('keeps what the build stage makes itself, and every secret, out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.git', 'deploy/secrets', 'deploy/.env']));
  });
});
