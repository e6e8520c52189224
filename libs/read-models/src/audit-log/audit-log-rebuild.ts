import { EntityManager } from 'typeorm';
import { merkleOf, rootSubtrees, SubtreeAccumulator, subtreeKey } from '@app/audit';
import { CryptoSuite } from '@app/crypto';
import { RecordedEvent } from '@app/event-store';
import { bulkCopy } from '../bulk-copy';
import { Projection } from '../projection';
import { AuditLogNodeRow, AuditLogRow } from './audit-log.entity';
import { auditRowOf } from './audit-row';
import { fixLogSuite } from './log-suite';
import { endOf, epochOfLeaf, LogEpoch, readEpochs } from './log-epochs';
import { readSubtrees } from './subtree-store';

/**
 * The audit log as a rebuild writes it: the same leaves and subtrees as the projection, but what the
 * projection reads back for every batch — the events already logged, the epochs, the next leaf index
 * and each epoch's frontier — is read once and then carried from batch to batch (nothing else writes
 * the shadow tables, and a rebuild delivers each event once, in order). Leaves and subtree nodes are
 * appended with COPY.
 */
export class AuditLogRebuild implements Projection {
  // Appended to and never read back by key (the frontier is read once, from the empty tables): indexed after loading.
  readonly appendOnlyInRebuild = ['audit_log', 'audit_log_nodes'];
  private state: { epochs: LogEpoch[]; next: number; trees: Map<number, SubtreeAccumulator> } | null = null;

  constructor(
    readonly name: string,
    private readonly suite: CryptoSuite,
  ) {}

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    const state = (this.state ??= await this.start(tx));
    const first = state.next;
    const rows: AuditLogRow[] = events.map((event, k) => auditRowOf(event, first + k, epochOfLeaf(state.epochs, first + k).suite));
    await bulkCopy(tx, AuditLogRow, rows);
    const nodes: AuditLogNodeRow[] = [];
    for (const epoch of state.epochs) {
      const from = Math.max(first, epoch.firstLeaf);
      const to = Math.min(first + rows.length, endOf(state.epochs, epoch) ?? Infinity);
      if (from >= to) continue;
      const tree = await this.treeOf(tx, state.trees, epoch, from);
      for (const node of tree.append(rows.slice(from - first, to - first).map((r) => r.leafHash)))
        nodes.push({ epoch: epoch.epoch, level: node.level, nodeIndex: String(node.index), hash: node.hash });
    }
    await bulkCopy(tx, AuditLogNodeRow, nodes);
    state.next += rows.length;
  }

  /** What the projection would read before the first batch: the same queries, once. */
  private async start(tx: EntityManager): Promise<NonNullable<AuditLogRebuild['state']>> {
    await fixLogSuite(tx, this.suite);
    const epochs = await readEpochs(tx, this.suite);
    const [{ next }] = await tx.query<{ next: string }[]>('SELECT coalesce(max(leaf_index) + 1, 0) AS next FROM audit_log');
    return { epochs, next: Number(next), trees: new Map() };
  }

  /** The epoch's tree as it stands before leaf `at`: its frontier read from the stored subtrees the first time. */
  private async treeOf(
    tx: EntityManager,
    trees: Map<number, SubtreeAccumulator>,
    epoch: LogEpoch,
    at: number,
  ): Promise<SubtreeAccumulator> {
    const size = at - epoch.firstLeaf;
    let tree = trees.get(epoch.epoch);
    if (!tree) {
      const refs = rootSubtrees(size);
      const found = await readSubtrees(tx, epoch, refs);
      tree = new SubtreeAccumulator(
        merkleOf(epoch.suite),
        size,
        refs.map((ref) => {
          const hash = found.get(subtreeKey(ref));
          if (!hash) throw new Error(`the audit log has no stored subtree ${subtreeKey(ref)} in epoch ${epoch.epoch}`);
          return hash;
        }),
      );
      trees.set(epoch.epoch, tree);
    }
    if (tree.size !== size) throw new Error(`the rebuilt tree of epoch ${epoch.epoch} holds ${tree.size} leaves, not ${size}`);
    return tree;
  }
}
