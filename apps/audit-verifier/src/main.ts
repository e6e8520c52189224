/**
 * Standalone verifier: no database, no network. Usage:
 *   node dist/apps/audit-verifier/src/main.js package <dir | package.json> --key <trusted-public-key.pem>
 *   node dist/apps/audit-verifier/src/main.js consistency <older-head.json> <newer-head.json> <proof.json> --key <pem>
 * Exits 0 when everything checks out, 1 otherwise, naming the first bad event.
 */
import { readFileSync } from 'node:fs';
import { readPackage, SignedTreeHead, verifyPackage, verifyTreeHeadConsistency } from '@app/audit';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

function verdictOf(mode: string | undefined, rest: string[], key: string) {
  if (mode === 'package') return verifyPackage(readPackage(rest[0]), key);
  if (mode === 'consistency')
    return verifyTreeHeadConsistency(
      readJson<SignedTreeHead>(rest[0]),
      readJson<SignedTreeHead>(rest[1]),
      readJson<string[]>(rest[2]),
      key,
    );
  return null;
}

function main(argv: string[]): number {
  const keyAt = argv.indexOf('--key');
  if (keyAt < 0 || !argv[keyAt + 1]) {
    console.error('--key <trusted-public-key.pem> is required: a package is only as good as the key you trust');
    return 2;
  }
  const key = readFileSync(argv[keyAt + 1], 'utf8');
  const [mode, ...rest] = argv.filter((_, i) => i !== keyAt && i !== keyAt + 1);
  let verdict: ReturnType<typeof verdictOf>;
  try {
    verdict = verdictOf(mode, rest, key);
  } catch (error: unknown) {
    console.log(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (!verdict) {
    console.error(
      'usage: main.js package <dir | package.json> --key <pem> | consistency <older.json> <newer.json> <proof.json> --key <pem>',
    );
    return 2;
  }
  if (verdict.ok)
    console.log(
      `OK: ${mode === 'package' ? `${verdict.eventsVerified} events verified against the signed tree head` : 'the newer tree head extends the older one'}`,
    );
  else console.log(`FAILED: ${verdict.problem}`);
  return verdict.ok ? 0 : 1;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
