import { ConflictException, Injectable } from '@nestjs/common';
import { AuditPackage, inclusionRanges, PACKAGE_FORMAT, subtreesFor } from '@app/audit';
import { AuditQueries } from './audit.queries';
import { MerkleLogService } from './merkle-log.service';
import { epochOfLeaf } from './log-epochs';

/** Builds the audit package for a department and period, proven against a freshly signed tree head. */
@Injectable()
export class AuditExportService {
  constructor(
    private readonly log: MerkleLogService,
    private readonly queries: AuditQueries,
  ) {}

  /**
   * Events of one log epoch, proven against that epoch's head: a fresh one for the open epoch, the
   * last one (named in the next epoch's statement) for an older epoch. A period across a suite switch
   * is refused, naming when the switch was: one package per side.
   */
  async build(departmentId: string, from: Date, to: Date, now: Date): Promise<AuditPackage> {
    const epochs = await this.log.epochs();
    const found = await this.queries.eventsFor(departmentId, from, to);
    const touched = [...new Set(found.map((r) => epochOfLeaf(epochs, Number(r.leafIndex)).epoch))];
    if (touched.length > 1) {
      const switched = epochs.filter((e) => touched.includes(e.epoch) && e.statement).map((e) => e.statement?.timestamp);
      throw new ConflictException({
        code: 'PACKAGE_SPANS_EPOCHS',
        message: `the period spans a change of cryptographic suite (at ${switched.join(', ')}): export the time before and after it separately`,
      });
    }
    const epoch = touched.length === 1 ? epochs.find((e) => e.epoch === touched[0])! : epochs[epochs.length - 1];
    const closing = epochs.find((e) => e.epoch === epoch.epoch + 1)?.statement?.previous;
    const treeHead = closing ? closing.head : await this.log.issueTreeHead(now);
    const publicKeyPem = closing ? closing.publicKeyPem : this.log.publicKeyPem;
    const rows = found.filter((r) => Number(r.leafIndex) - epoch.firstLeaf < treeHead.treeSize);
    // One read of every stored subtree the package's proofs need (≤ 2·log2 n per event, shared ones once).
    const ranges = rows.map((r) => inclusionRanges(Number(r.leafIndex) - epoch.firstLeaf, treeHead.treeSize));
    const tree = await this.log.tree(epoch, subtreesFor(ranges.flat()));
    return {
      manifest: {
        format: PACKAGE_FORMAT,
        departmentId,
        from: from.toISOString(),
        to: to.toISOString(),
        generatedAt: now.toISOString(),
        eventCount: rows.length,
        treeSize: treeHead.treeSize,
        rootHash: treeHead.rootHash,
        publicKeyPem,
        suite: epoch.suite.id,
      },
      treeHead,
      events: rows.map((r) => ({
        streamId: r.streamId,
        revision: r.streamRevision,
        eventId: r.eventId,
        type: r.eventType,
        data: r.data,
        metadata: r.metadata,
      })),
      proofs: rows.map((r) => ({
        eventId: r.eventId,
        leafIndex: Number(r.leafIndex) - epoch.firstLeaf,
        path: tree.inclusionProof(Number(r.leafIndex) - epoch.firstLeaf, treeHead.treeSize).map((h) => h.toString('hex')),
      })),
    };
  }
}
