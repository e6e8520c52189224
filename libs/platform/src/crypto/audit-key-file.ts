import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CryptoSuite } from '@app/crypto';

/** Where the embedded set-up keeps the audit key of a suite (the international one keeps the name it always had). */
export const auditKeyFileName = (suite: CryptoSuite) =>
  suite.id === 'international' ? 'audit-signing-key.pem' : `audit-signing-key-${suite.id}.pem`;

/**
 * The key that signs audit tree heads in the suite's scheme (Ed25519, or SM2 for 国密), made once and
 * kept: tree heads must stay verifiable. A key the deployment's own CA issued is given in settings instead.
 */
export function auditKeyFile(dataDir: string, suite: CryptoSuite): string {
  const file = join(dataDir, auditKeyFileName(suite));
  if (!existsSync(file)) writeFileSync(file, suite.generateSigningKey(), { mode: 0o600 });
  return file;
}
