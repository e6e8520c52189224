import { ConflictException, Injectable } from '@nestjs/common';
import { AuditPackage, inclusionRanges, PACKAGE_FORMAT, SignedTreeHead, subtreesFor } from '@app/audit';
import { AuditLogRow } from './audit-log.entity';
import { AuditQueries } from './audit.queries';
import { MerkleLogService } from './merkle-log.service';
import { epochOfLeaf, LogEpoch } from './log-epochs';

/** Where a package's JSON goes, a piece at a time; resolves when the reader can take more. */
export type PackageSink = (chunk: string) => Promise<void>;

interface PackagePlan {
  readonly manifest: AuditPackage['manifest'];
  readonly treeHead: SignedTreeHead;
  readonly epoch: LogEpoch;
}

/** Builds the audit package for a department and period, proven against a freshly signed tree head. */
@Injectable()
export class AuditExportService {
  constructor(
    private readonly log: MerkleLogService,
    private readonly queries: AuditQueries,
  ) {}

  /** The whole package as one object (the CLI's files, tests); `write` is the same JSON without holding it. */
  async build(departmentId: string, from: Date, to: Date, now: Date): Promise<AuditPackage> {
    const chunks: string[] = [];
    await this.write(departmentId, from, to, now, (chunk) => {
      chunks.push(chunk);
      return Promise.resolve();
    });
    return JSON.parse(chunks.join('')) as AuditPackage;
  }

  /**
   * Writes the package's JSON ({manifest, treeHead, events, proofs}) page by page: events first, then
   * the proofs, each page's stored subtrees read once. A department's year never sits in memory.
   * Every refusal comes before the first chunk, so a caller can still answer it as an error.
   */
  async write(departmentId: string, from: Date, to: Date, now: Date, sink: PackageSink, pageSize = 2000): Promise<void> {
    const { manifest, treeHead, epoch } = await this.plan(departmentId, from, to, now);
    // Only leaves the head covers: later ones (logged while this runs) are not in its tree.
    const below = epoch.firstLeaf + treeHead.treeSize;
    const pages = (fields?: readonly (keyof AuditLogRow)[]) => this.queries.eventPagesFor(departmentId, from, to, below, pageSize, fields);
    await sink(`{"manifest":${JSON.stringify(manifest)},"treeHead":${JSON.stringify(treeHead)},"events":[`);
    let first = true;
    for await (const page of pages()) {
      await sink((first ? '' : ',') + page.map((r) => JSON.stringify(entryOf(r))).join(','));
      first = false;
    }
    await sink('],"proofs":[');
    first = true;
    // The proofs need only which leaf each event is: its data is not read a second time.
    for await (const page of pages(['eventId'])) {
      const leaves = page.map((r) => Number(r.leafIndex) - epoch.firstLeaf);
      // One read of every stored subtree the page's proofs need (≤ 2·log2 n per event, shared ones once).
      const tree = await this.log.tree(epoch, subtreesFor(leaves.flatMap((leaf) => inclusionRanges(leaf, treeHead.treeSize))));
      const proofs = page.map((r, i) => ({
        eventId: r.eventId,
        leafIndex: leaves[i],
        path: tree.inclusionProof(leaves[i], treeHead.treeSize).map((h) => h.toString('hex')),
      }));
      await sink((first ? '' : ',') + proofs.map((p) => JSON.stringify(p)).join(','));
      first = false;
    }
    await sink(']}');
  }

  /**
   * Events of one log epoch, proven against that epoch's head: a fresh one for the open epoch, the
   * last one (named in the next epoch's statement) for an older epoch. A period across a suite switch
   * is refused, naming when the switch was: one package per side.
   */
  private async plan(departmentId: string, from: Date, to: Date, now: Date): Promise<PackagePlan> {
    const epochs = await this.log.epochs();
    const span = await this.queries.spanFor(departmentId, from, to);
    // Epochs are consecutive ranges of leaves: the first and last leaf name every epoch between.
    const touched = span.first === null || span.last === null ? [] : [epochOfLeaf(epochs, span.first), epochOfLeaf(epochs, span.last)];
    if (touched.length === 2 && touched[0].epoch !== touched[1].epoch) {
      const crossed = epochs.filter((e) => e.epoch > touched[0].epoch && e.epoch <= touched[1].epoch);
      const switched = crossed.map((e) => e.statement?.timestamp);
      throw new ConflictException({
        code: 'PACKAGE_SPANS_EPOCHS',
        message: `the period spans a change of cryptographic suite (at ${switched.join(', ')}): export the time before and after it separately`,
      });
    }
    const epoch = touched[0] ?? epochs[epochs.length - 1];
    const closing = epochs.find((e) => e.epoch === epoch.epoch + 1)?.statement?.previous;
    const treeHead = closing ? closing.head : await this.log.issueTreeHead(now);
    const publicKeyPem = closing ? closing.publicKeyPem : this.log.publicKeyPem;
    const below = epoch.firstLeaf + treeHead.treeSize;
    const eventCount = span.last === null || span.last < below ? span.count : await this.queries.countBelow(departmentId, from, to, below);
    return {
      treeHead,
      epoch,
      manifest: {
        format: PACKAGE_FORMAT,
        departmentId,
        from: from.toISOString(),
        to: to.toISOString(),
        generatedAt: now.toISOString(),
        eventCount,
        treeSize: treeHead.treeSize,
        rootHash: treeHead.rootHash,
        publicKeyPem,
        suite: epoch.suite.id,
      },
    };
  }
}

function entryOf(r: AuditLogRow): AuditPackage['events'][number] {
  return { streamId: r.streamId, revision: r.streamRevision, eventId: r.eventId, type: r.eventType, data: r.data, metadata: r.metadata };
}
