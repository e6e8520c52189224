import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { REPO } from './accepted-settings';

export const DEPLOY = join(REPO, 'deploy');
export const read = (path: string) => readFileSync(join(REPO, path), 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML is checked field by field
export type Yaml = any;

/** compose.yaml with its `<<` merge keys applied, as docker compose reads it. Duplicate keys are errors. */
export const parseCompose = (text: string): Yaml => parse(text, { merge: true, uniqueKeys: true, prettyErrors: true });

/** Every document of every manifest in a folder, each with the file it came from. */
export function parseManifests(dir: string): { file: string; doc: Yaml }[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .flatMap((file) =>
      parseAllDocuments(readFileSync(join(dir, file), 'utf8'), { uniqueKeys: true }).map((d) => {
        if (d.errors.length) throw new Error(`${file}: ${d.errors.map((e) => e.message).join('; ')}`);
        return { file, doc: d.toJS() as Yaml };
      }),
    );
}

/** `NAME=value` lines of an env file, commented-out examples (`# NAME=value`) included. */
export function envExampleSettings(text: string): { name: string; value: string; line: number }[] {
  return text.split('\n').flatMap((raw, i) => {
    const m = /^#?\s*([A-Z][A-Z0-9_]*)=(.*)$/.exec(raw.trim());
    return m ? [{ name: m[1], value: m[2], line: i + 1 }] : [];
  });
}

/** A file the app image runs (`dist/...`) exists after `npm run build`. */
export const builtFileExists = (path: string) => existsSync(join(REPO, path));

/** The script a process runs: the first `dist/…js` argument after `node` (or the image's entrypoint). */
export function scriptOf(argv: readonly string[]): string | null {
  return argv.find((a) => /^dist\/.+\.js$/.test(a)) ?? null;
}
