import { EntityManager } from 'typeorm';
import { EpochStatement } from '@app/audit';
import { CryptoSuite, suiteOf } from '@app/crypto';

type Queryable = Pick<EntityManager, 'query'>;

/** A stretch of the log hashed and signed with one suite: leaves [firstLeaf, next epoch's firstLeaf). */
export interface LogEpoch {
  readonly epoch: number;
  readonly suite: CryptoSuite;
  readonly firstLeaf: number;
  /** The statement that opened it (null for epoch 0). */
  readonly statement: EpochStatement | null;
}

/** The epochs in order; a log not yet written is one epoch 0 in the deployment's suite. */
export async function readEpochs(db: Queryable, deploymentSuite: CryptoSuite): Promise<LogEpoch[]> {
  const rows = await db.query<{ epoch: number; suite: string; first_leaf: string; statement: EpochStatement | null }[]>(
    'SELECT epoch, suite, first_leaf, statement FROM audit_log_epochs ORDER BY epoch',
  );
  if (rows.length === 0) return [{ epoch: 0, suite: deploymentSuite, firstLeaf: 0, statement: null }];
  return rows.map((r) => ({ epoch: r.epoch, suite: suiteOf(r.suite), firstLeaf: Number(r.first_leaf), statement: r.statement }));
}

/** The epoch holding a global leaf index. */
export function epochOfLeaf(epochs: readonly LogEpoch[], leafIndex: number): LogEpoch {
  let found = epochs[0];
  for (const e of epochs) if (e.firstLeaf <= leafIndex) found = e;
  return found;
}

/** One past the epoch's last leaf, or null for the current (open) epoch. */
export function endOf(epochs: readonly LogEpoch[], epoch: LogEpoch): number | null {
  return epochs.find((e) => e.epoch === epoch.epoch + 1)?.firstLeaf ?? null;
}

/** The public key that signed an epoch's heads: the current key for the open epoch, else the one the next statement names. */
export function keyOfEpoch(epochs: readonly LogEpoch[], epoch: LogEpoch, currentKeyPem: string): string {
  return epochs.find((e) => e.epoch === epoch.epoch + 1)?.statement?.previous.publicKeyPem ?? currentKeyPem;
}
