import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuditPackage } from './audit-package';
import { LeafEntry } from './canonical';

/** An audit package on disk: manifest.json, tree-head.json, events.jsonl, proofs.jsonl and public-key.pem. */
export function writePackage(pkg: AuditPackage, dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(pkg.manifest, null, 2));
  writeFileSync(join(dir, 'tree-head.json'), JSON.stringify(pkg.treeHead, null, 2));
  writeFileSync(join(dir, 'events.jsonl'), pkg.events.map((e) => JSON.stringify(e)).join('\n') + '\n');
  writeFileSync(join(dir, 'proofs.jsonl'), pkg.proofs.map((p) => JSON.stringify(p)).join('\n') + '\n');
  writeFileSync(join(dir, 'public-key.pem'), pkg.manifest.publicKeyPem);
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const readJsonLines = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);

/**
 * A package from its folder (as `audit-export` writes it) or from one JSON file with the same four
 * parts (as the auditor's export page downloads it).
 */
export function readPackage(path: string): AuditPackage {
  if (statSync(path).isFile()) {
    const whole = readJson<Partial<AuditPackage>>(path);
    const missing = (['manifest', 'treeHead', 'events', 'proofs'] as const).filter((part) => whole[part] === undefined);
    if (missing.length > 0) throw new Error(`${path} is not an audit package: no ${missing.join(', ')}`);
    return whole as AuditPackage;
  }
  const dir = path;
  return {
    manifest: readJson(join(dir, 'manifest.json')),
    treeHead: readJson(join(dir, 'tree-head.json')),
    events: readJsonLines<LeafEntry>(join(dir, 'events.jsonl')),
    proofs: readJsonLines(join(dir, 'proofs.jsonl')),
  };
}
