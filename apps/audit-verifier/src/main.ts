/**
 * Standalone verifier: no database, no network. Usage:
 *   node dist/apps/audit-verifier/src/main.js package <dir | package.json> --key <trusted-public-key.pem>
 *   node dist/apps/audit-verifier/src/main.js consistency <older-head.json> <newer-head.json> <proof.json> --key <pem>
 *   node dist/apps/audit-verifier/src/main.js epoch <statement.json> --key <old-epoch-key.pem> --next-key <new-epoch-key.pem>
 * Exits 0 when everything checks out, 1 otherwise, naming the first bad event.
 */
import { readFileSync } from 'node:fs';
import { EpochStatement, readPackage, SignedTreeHead, verifyEpochStatement, verifyPackage, verifyTreeHeadConsistency } from '@app/audit';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

function verdictOf(mode: string | undefined, rest: string[], key: string, nextKey: string | null) {
  if (mode === 'package') return verifyPackage(readPackage(rest[0]), key);
  if (mode === 'epoch') {
    if (!nextKey) throw new Error('--next-key <new-epoch-key.pem> is required: both keys must be ones you trust');
    return verifyEpochStatement(readJson<EpochStatement>(rest[0]), { previous: key, next: nextKey });
  }
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
  const nextAt = argv.indexOf('--next-key');
  const nextKey = nextAt >= 0 && argv[nextAt + 1] ? readFileSync(argv[nextAt + 1], 'utf8') : null;
  const [mode, ...rest] = argv.filter((_, i) => ![keyAt, keyAt + 1, ...(nextAt >= 0 ? [nextAt, nextAt + 1] : [])].includes(i));
  let verdict: ReturnType<typeof verdictOf>;
  try {
    verdict = verdictOf(mode, rest, key, nextKey);
  } catch (error: unknown) {
    console.log(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (!verdict) {
    console.error(
      'usage: main.js package <dir | package.json> --key <pem> | consistency <older.json> <newer.json> <proof.json> --key <pem> | epoch <statement.json> --key <old.pem> --next-key <new.pem>',
    );
    return 2;
  }
  const said: Record<string, string> = {
    package: 'eventsVerified' in verdict ? `${verdict.eventsVerified} events verified against the signed tree head` : '',
    consistency: 'the newer tree head extends the older one',
    epoch: 'the new epoch continues the old one, signed by both keys',
  };
  if (verdict.ok) console.log(`OK: ${said[mode ?? ''] ?? ''}`);
  else console.log(`FAILED: ${verdict.problem}`);
  return verdict.ok ? 0 : 1;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
