import { EntityManager } from 'typeorm';
import { CryptoSuite } from '@app/crypto';
import { RecordedEvent } from '@app/event-store';
import { bulkCopy } from '../bulk-copy';
import { Projection } from '../projection';
import { AuditLogRow } from './audit-log.entity';
import { auditRowOf } from './audit-row';
import { AuditLogRebuild } from './audit-log-rebuild';
import { fixLogSuite } from './log-suite';
import { endOf, epochOfLeaf, readEpochs } from './log-epochs';
import { storeCompletedSubtrees } from './subtree-store';

export { departmentsOf, leafFor } from './audit-row';

/**
 * Appends one Merkle leaf per event, in global order: leaf index = number of events before it.
 * An event already in the log (a repeated delivery) gets no second leaf. The hashes of the complete
 * subtrees the new leaves finish are stored with them (see subtree-store).
 */
export class AuditLogProjection implements Projection {
  static readonly NAME = 'audit_log';
  readonly name = AuditLogProjection.NAME;

  constructor(private readonly suite: CryptoSuite) {}

  forRebuild(): Projection {
    return new AuditLogRebuild(this.name, this.suite);
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const logged = await tx.query<{ event_id: string }[]>('SELECT event_id FROM audit_log WHERE event_id = ANY($1)', [
      events.map((e) => e.id),
    ]);
    const seen = new Set(logged.map((r) => r.event_id));
    const fresh = events.filter((e) => !seen.has(e.id) && (seen.add(e.id), true));
    if (fresh.length === 0) return;
    await fixLogSuite(tx, this.suite);
    // Each leaf takes the suite of the epoch it falls in (a switch may have opened one since the process
    // started, and a rebuild replays the older epochs too).
    const epochs = await readEpochs(tx, this.suite);
    const [{ next }] = await tx.query<{ next: string }[]>('SELECT coalesce(max(leaf_index) + 1, 0) AS next FROM audit_log');
    const first = Number(next);
    const rows = fresh.map((event, k) => auditRowOf(event, first + k, epochOfLeaf(epochs, first + k).suite));
    // Every row is new (events already logged were left out above): appended with COPY.
    await bulkCopy(tx, AuditLogRow, rows);
    // The subtrees these leaves complete, epoch by epoch, in the same transaction as the leaves.
    for (const epoch of epochs) {
      const from = Math.max(first, epoch.firstLeaf);
      const to = Math.min(first + rows.length, endOf(epochs, epoch) ?? Infinity);
      if (from < to)
        await storeCompletedSubtrees(
          tx,
          epoch,
          from - epoch.firstLeaf,
          rows.slice(from - first, to - first).map((r) => r.leafHash),
        );
    }
  }
}
