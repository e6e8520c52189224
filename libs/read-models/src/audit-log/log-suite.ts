import { EntityManager } from 'typeorm';
import { CryptoSuite, SuiteId } from '@app/crypto';
import { ConfigError } from '@app/platform/config/validate-config';

type Queryable = Pick<EntityManager, 'query'>;

/** The suite of the log's current epoch, or null while the log is empty. */
export async function logSuite(db: Queryable): Promise<SuiteId | null> {
  const [row] = await db.query<{ suite: SuiteId }[]>('SELECT suite FROM audit_log_epochs ORDER BY epoch DESC LIMIT 1');
  return row?.suite ?? null;
}

/**
 * Leaves hashed with one suite cannot be extended with another's: starting with another
 * CRYPTO_SUITE than the log's is refused, naming both, rather than writing a log nobody can verify.
 */
export async function assertLogSuite(db: Queryable, suite: CryptoSuite): Promise<void> {
  const current = await logSuite(db);
  if (current && current !== suite.id)
    throw new ConfigError(
      `Invalid configuration (CryptoSuiteConfig):\n  - CRYPTO_SUITE=${suite.id}, but the audit log is hashed and signed with the ${current} suite; moving a running log to another suite needs a new log epoch, which this version does not start: keep CRYPTO_SUITE=${current}`,
    );
}

/** The first leaves fix the log's suite (epoch 0), in the transaction that writes them. */
export async function fixLogSuite(tx: Queryable, suite: CryptoSuite): Promise<void> {
  await tx.query(
    `INSERT INTO audit_log_epochs (epoch, suite, first_leaf, started_at) VALUES (0, $1, 0, now()) ON CONFLICT (epoch) DO NOTHING`,
    [suite.id],
  );
}
