import { MigrationInterface, QueryRunner } from 'typeorm';
import { EpochStatement } from '@app/audit';
import { suiteOf } from '@app/crypto';
import { endOf, LogEpoch } from '../audit-log/log-epochs';
import { backfillSubtrees, epochSize } from '../audit-log/subtree-store';

/**
 * The hashes of complete subtrees of each epoch's tree, so heads and proofs read O(log n) rows.
 * A log written before them gets them here, computed from its leaves in each epoch's own suite
 * (SM3 is not in PostgreSQL, so in Node, slice by slice).
 */
export class AuditLogNodes1732300001230 implements MigrationInterface {
  name = 'AuditLogNodes1732300001230';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "audit_log_nodes" ("epoch" integer NOT NULL, "level" smallint NOT NULL, "node_index" bigint NOT NULL, "hash" bytea NOT NULL, CONSTRAINT "PK_audit_log_nodes" PRIMARY KEY ("epoch", "level", "node_index"))`,
    );
    const db = { query: <T>(sql: string, params?: unknown[]) => q.query(sql, params) as Promise<T> };
    const rows = await db.query<{ epoch: number; suite: string; first_leaf: string; statement: EpochStatement | null }[]>(
      'SELECT epoch, suite, first_leaf, statement FROM audit_log_epochs ORDER BY epoch',
    );
    const epochs: LogEpoch[] = rows.map((r) => ({
      epoch: r.epoch,
      suite: suiteOf(r.suite),
      firstLeaf: Number(r.first_leaf),
      statement: r.statement,
    }));
    for (const epoch of epochs) await backfillSubtrees(db, epoch, await epochSize(db, epoch, endOf(epochs, epoch)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_log_nodes"`);
  }
}
