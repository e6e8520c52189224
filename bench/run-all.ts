// Each benchmark is its own script; this runs them in turn.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

for (const script of [
  'append-rate.bench.js',
  'http-register.bench.js',
  'claim-contention.bench.js',
  'sharing.bench.js',
  'audit.bench.js',
  'rebuild.bench.js',
  'first-catch-up.bench.js',
  'merkle-log.bench.js',
  'crypto-suites.bench.js',
  'history.bench.js',
  'depreciation-close.bench.js',
  'import.bench.js',
  'import-memory.bench.js',
  'property-map.bench.js',
]) {
  execFileSync(process.execPath, [join(__dirname, script)], { stdio: 'inherit' });
}
