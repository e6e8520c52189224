import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Ed25519 key that signs audit tree heads, made once and kept: tree heads must stay verifiable. */
export function auditKeyFile(dataDir: string): string {
  const file = join(dataDir, 'audit-signing-key.pem');
  if (!existsSync(file))
    writeFileSync(file, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), { mode: 0o600 });
  return file;
}

/** A signing key for demo tokens, made once and kept, so tokens survive restarts. */
export function jwtSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}
