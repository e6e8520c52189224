import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const REPO = join(__dirname, '../../..');

/** Production sources: apps (not the pages), libs and scripts, without tests and test helpers. */
export function productionSources(root = REPO): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['node_modules', 'testing', 'test'].includes(entry.name) && relative(root, path) !== join('apps', 'web')) walk(path);
      } else if (/\.ts$/.test(entry.name) && !/\.(spec|int-spec|e2e-spec|d)\.ts$/.test(entry.name)) files.push(path);
    }
  };
  for (const top of ['apps', 'libs', 'scripts']) walk(join(root, top));
  return files;
}

export interface AcceptedSettings {
  /** Every setting name the processes read: a validated schema property or a direct `process.env.NAME`. */
  readonly names: ReadonlySet<string>;
  /** The schema classes found, by name (so a test can see the derivation found them). */
  readonly schemas: ReadonlyMap<string, string[]>;
}

const calleeName = (call: ts.CallExpression) => (ts.isIdentifier(call.expression) ? call.expression.text : null);

/**
 * The settings the app accepts, read from its source rather than listed by hand: the classes passed to
 * `moduleConfig(namespace, Schema)` or `validateConfig(Schema, …)` are the schemas, their decorated
 * properties the settings; `process.env.NAME` reads count too (e.g. WEB_DIST_DIR).
 */
export function acceptedSettings(files = productionSources()): AcceptedSettings {
  const schemaNames = new Set<string>();
  const classes = new Map<string, string[]>();
  const direct = new Set<string>();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const schemaArg =
          calleeName(node) === 'moduleConfig' ? node.arguments[1] : calleeName(node) === 'validateConfig' ? node.arguments[0] : undefined;
        if (schemaArg && ts.isIdentifier(schemaArg) && /^[A-Z]/.test(schemaArg.text)) schemaNames.add(schemaArg.text);
      }
      if (ts.isClassDeclaration(node) && node.name) {
        const settings = node.members
          .filter((m): m is ts.PropertyDeclaration => ts.isPropertyDeclaration(m) && (ts.getDecorators(m)?.length ?? 0) > 0)
          .map((m) => m.name.getText(source));
        if (settings.length > 0) classes.set(node.name.text, [...(classes.get(node.name.text) ?? []), ...settings]);
      }
      if (ts.isPropertyAccessExpression(node) && node.expression.getText(source) === 'process.env') direct.add(node.name.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const schemas = new Map<string, string[]>();
  for (const name of schemaNames) {
    const settings = classes.get(name);
    if (!settings) throw new Error(`settings schema ${name} is validated but its class was not found in the sources`);
    schemas.set(name, settings);
  }
  return { names: new Set([...[...schemas.values()].flat(), ...direct]), schemas };
}
