import { EntityManager } from 'typeorm';
import { EpochStatement, rootSubtrees, SignedTreeHead, signEpochStatement, signTreeHead } from '@app/audit';
import { CryptoSuite, keyIdOf } from '@app/crypto';
import { AuditLogEpochRow, AuditTreeHeadRow, treeHeadOfRow } from './audit-log.entity';
import { LogEpoch, readEpochs } from './log-epochs';
import { epochSize, epochTree } from './subtree-store';

/** The side that signs now: the deployment's suite and key, i.e. the open epoch's. */
export interface CurrentSigner {
  readonly suite: CryptoSuite;
  readonly privateKeyPem: string;
  readonly publicKeyPem: string;
  readonly keyId: string;
}

const hex = (b: Buffer) => b.toString('hex');

async function headIn(tx: EntityManager, epoch: number, head: SignedTreeHead): Promise<SignedTreeHead> {
  const repo = tx.getRepository(AuditTreeHeadRow);
  const found = await repo.findOneBy({ epoch, treeSize: String(head.treeSize) });
  if (found) return treeHeadOfRow(found);
  await repo.insert({ ...head, epoch, treeSize: String(head.treeSize), suite: head.suite ?? 'international' });
  return head;
}

/**
 * Moves the log to a new signing key, in another suite or the same: under the lock the audit-log projection takes for each batch (so no
 * leaf lands in between), signs the open epoch's last head with its key, the new epoch's empty first
 * head with the new key, and records the statement binding them, signed with both. Leaves from then on
 * are hashed with the new suite; the processes are restarted with the new CRYPTO_SUITE and key.
 */
export async function openEpoch(
  tx: EntityManager,
  projectionName: string,
  current: CurrentSigner,
  next: { suite: CryptoSuite; privateKeyPem: string },
  now: Date,
): Promise<EpochStatement> {
  await tx.query('SELECT name FROM projection_checkpoints WHERE name = $1 FOR UPDATE', [projectionName]);
  const epochs = await readEpochs(tx, current.suite);
  const open: LogEpoch = epochs[epochs.length - 1];
  if (open.suite.id !== current.suite.id)
    throw new Error(
      `the open epoch ${open.epoch} is in the ${open.suite.id} suite; run this with its settings (CRYPTO_SUITE=${open.suite.id})`,
    );
  if (open.statement && open.statement.next.publicKeyPem !== current.publicKeyPem)
    throw new Error(`the open epoch ${open.epoch} is signed with another key; run this with its AUDIT_SIGNING_KEY`);
  const nextPublicKeyPem = next.suite.publicKeyOf(next.privateKeyPem);
  // A new epoch in the same suite is a new signing key (one suspected of leaking, or simply old): it must differ.
  if (next.suite.id === open.suite.id && nextPublicKeyPem === current.publicKeyPem)
    throw new Error(`the log is already in the ${open.suite.id} suite with this key: give a new key, or another suite`);
  const size = await epochSize(tx, open, null);
  const root = (await epochTree(tx, open, rootSubtrees(size))).root(size);
  const timestamp = now.toISOString();
  await tx.query(
    `INSERT INTO audit_log_epochs (epoch, suite, first_leaf, started_at) VALUES ($1, $2, $3, $4) ON CONFLICT (epoch) DO NOTHING`,
    [open.epoch, open.suite.id, open.firstLeaf, now],
  );
  const last = await headIn(
    tx,
    open.epoch,
    signTreeHead(
      { treeSize: size, rootHash: hex(root), timestamp, epoch: open.epoch },
      current.suite,
      current.privateKeyPem,
      current.keyId,
    ),
  );
  const epoch = open.epoch + 1;
  const first = await headIn(
    tx,
    epoch,
    signTreeHead(
      { treeSize: 0, rootHash: hex(next.suite.hash()), timestamp, epoch },
      next.suite,
      next.privateKeyPem,
      keyIdOf(next.suite, nextPublicKeyPem),
    ),
  );
  const firstLeaf = open.firstLeaf + size;
  const statement = signEpochStatement(
    {
      timestamp,
      previous: { epoch: open.epoch, suite: open.suite.id, publicKeyPem: current.publicKeyPem, firstLeaf: open.firstLeaf, head: last },
      next: { epoch, suite: next.suite.id, publicKeyPem: nextPublicKeyPem, firstLeaf, head: first },
    },
    current.privateKeyPem,
    next.privateKeyPem,
  );
  await tx.getRepository(AuditLogEpochRow).insert({ epoch, suite: next.suite.id, firstLeaf: String(firstLeaf), startedAt: now, statement });
  return statement;
}
