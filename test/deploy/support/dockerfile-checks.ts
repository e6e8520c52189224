import { builtFileExists, scriptOf } from './deploy-files';

export interface Instruction {
  readonly op: string;
  readonly args: string;
}
export interface Stage {
  readonly name: string;
  readonly from: string;
  readonly instructions: Instruction[];
}

/** Dockerfile stages and their instructions (continuation lines joined, comments dropped). */
export function parseDockerfile(text: string): Stage[] {
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, op, args] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const instruction = { op: op.toUpperCase(), args };
    if (instruction.op === 'FROM') {
      const [, from, name] = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args) ?? [];
      stages.push({ name: name ?? String(stages.length), from, instructions: [] });
    } else stages.at(-1)?.instructions.push(instruction);
  }
  return stages;
}

const jsonArray = (args: string): string[] | null => {
  try {
    const value: unknown = JSON.parse(args);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
  } catch {
    return null;
  }
};

/** `COPY --from=stage src dest` of a stage. */
const copies = (stage: Stage) =>
  stage.instructions
    .filter((i) => i.op === 'COPY')
    .map((i) => {
      const from = /--from=(\S+)/.exec(i.args)?.[1] ?? null;
      const paths = i.args.replace(/--\S+/g, '').trim().split(/\s+/);
      return { from, sources: paths.slice(0, -1), dest: paths.at(-1) ?? '' };
    });

/** The dist folders the runtime stage holds, as paths relative to its WORKDIR (e.g. `dist/apps`). */
export function runtimeDistFolders(stages: Stage[]): string[] {
  const runtime = stages.at(-1);
  if (!runtime) return [];
  return copies(runtime)
    .filter((c) => c.from !== null)
    .flatMap((c) => c.sources.map((s) => s.replace(/^\/app\//, '')))
    .filter((s) => s === 'dist' || s.startsWith('dist/'));
}

/** A script the image runs is built and inside a folder the runtime stage copies. */
export function scriptProblems(where: string, script: string | null, distFolders: string[]): string[] {
  if (!script) return [`${where}: runs no dist/…js file`];
  const problems: string[] = [];
  if (!builtFileExists(script)) problems.push(`${where}: ${script} does not exist after npm run build`);
  if (!distFolders.some((folder) => script === folder || script.startsWith(`${folder}/`)))
    problems.push(`${where}: ${script} is not in a folder the image copies (${distFolders.join(', ')})`);
  return problems;
}

/** Everything wrong with the Dockerfile, as sentences; none when it is right. */
export function dockerfileProblems(stages: Stage[]): string[] {
  const problems: string[] = [];
  const runs = (stage: Stage, pattern: RegExp) => stage.instructions.some((i) => i.op === 'RUN' && pattern.test(i.args));
  const build = stages.find((s) => runs(s, /\bnpm ci\b/) && runs(s, /\bnpm run build\b/));
  if (!build) problems.push('no stage runs `npm ci` and `npm run build`');
  const runtime = stages.at(-1);
  if (!runtime || stages.length < 2) return [...problems, 'not a multi-stage build'];
  for (const copy of copies(runtime).filter((c) => c.from !== null))
    if (!stages.some((s) => s.name === copy.from && s !== runtime)) problems.push(`COPY --from=${copy.from}: no such stage`);
  const modules = copies(runtime).find((c) => c.sources.some((s) => /node_modules$/.test(s)));
  const modulesStage = stages.find((s) => s.name === modules?.from);
  if (!modulesStage || !runs(modulesStage, /\bnpm ci\b.*--omit=dev/))
    problems.push('node_modules in the image do not come from `npm ci --omit=dev`');
  const user = runtime.instructions.filter((i) => i.op === 'USER').at(-1)?.args;
  if (!user || /^(root|0)(:|$)/.test(user)) problems.push(`the runtime stage runs as ${user ?? 'root (no USER)'}`);
  const entrypoint = jsonArray(runtime.instructions.filter((i) => i.op === 'ENTRYPOINT').at(-1)?.args ?? '');
  const cmd = jsonArray(runtime.instructions.filter((i) => i.op === 'CMD').at(-1)?.args ?? '');
  if (!entrypoint || !cmd) problems.push('ENTRYPOINT and CMD must be JSON arrays (exec form, so signals reach node)');
  const folders = runtimeDistFolders(stages);
  problems.push(...scriptProblems('CMD', scriptOf([...(entrypoint ?? []), ...(cmd ?? [])]), folders));
  if (!folders.some((f) => f === 'dist' || f === 'dist/web')) problems.push('the image does not copy the pages (dist/web)');
  if (!builtFileExists('dist/web/index.html')) problems.push('dist/web/index.html does not exist after npm run build');
  return problems;
}

/** The image's default argv (ENTRYPOINT + CMD), for services that do not override them. */
export function imageArgv(stages: Stage[]): { entrypoint: string[]; cmd: string[] } {
  const runtime = stages.at(-1);
  const last = (op: string) => jsonArray(runtime?.instructions.filter((i) => i.op === op).at(-1)?.args ?? '') ?? [];
  return { entrypoint: last('ENTRYPOINT'), cmd: last('CMD') };
}

/** The Node.js major of the runtime stage's base image (`node:22-…`, through a global `ARG` default). */
export function runtimeNodeMajor(text: string): number | null {
  const from = [...text.matchAll(/^FROM\s+(\S+)/gm)].at(-1)?.[1] ?? '';
  const image = from.replace(/\$\{(\w+)\}/g, (_all, name: string) => new RegExp(`^ARG\\s+${name}=(\\S+)`, 'm').exec(text)?.[1] ?? '');
  const major = /^(?:docker\.io\/)?(?:library\/)?node:(\d+)/.exec(image)?.[1];
  return major ? Number(major) : null;
}
