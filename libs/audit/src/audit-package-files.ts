import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

export function readPackage(dir: string): AuditPackage {
  return {
    manifest: readJson(join(dir, 'manifest.json')),
    treeHead: readJson(join(dir, 'tree-head.json')),
    events: readJsonLines<LeafEntry>(join(dir, 'events.jsonl')),
    proofs: readJsonLines(join(dir, 'proofs.jsonl')),
  };
}
