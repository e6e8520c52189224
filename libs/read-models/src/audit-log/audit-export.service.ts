import { Injectable } from '@nestjs/common';
import { AuditPackage, merkleOf, PACKAGE_FORMAT } from '@app/audit';
import { AuditQueries } from './audit.queries';
import { MerkleLogService } from './merkle-log.service';

/** Builds the audit package for a department and period, proven against a freshly signed tree head. */
@Injectable()
export class AuditExportService {
  constructor(
    private readonly log: MerkleLogService,
    private readonly queries: AuditQueries,
  ) {}

  async build(departmentId: string, from: Date, to: Date, now: Date): Promise<AuditPackage> {
    const treeHead = await this.log.issueTreeHead(now);
    const rows = (await this.queries.eventsFor(departmentId, from, to)).filter((r) => Number(r.leafIndex) < treeHead.treeSize);
    const leaves = await this.log.leaves(treeHead.treeSize);
    const merkle = merkleOf(this.log.suite);
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
        publicKeyPem: this.log.publicKeyPem,
        suite: this.log.suite.id,
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
        leafIndex: Number(r.leafIndex),
        path: merkle.inclusionProof(leaves, Number(r.leafIndex), treeHead.treeSize).map((h) => h.toString('hex')),
      })),
    };
  }
}
