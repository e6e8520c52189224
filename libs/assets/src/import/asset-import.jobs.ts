import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { ImportBatchOutcome, ImportJobProgress, ImportJobQueue, streamsWithEvents } from '@app/platform/import/import-jobs';
import { Actor, chinaDate, Clock, CommandContext, DomainError } from '@app/shared';
import { AssetCommandRunner } from '../commands/asset-command.runner';
import { CategoryTableSource } from '../commands/category-table.source';
import { CategoryCatalog } from '../categories/category-catalog';
import { AssetEvent, assetStreamId } from '../domain/asset.events';
import { AssetState, evolveAsset, initialAssetState } from '../domain/asset.state';
import { ImportRegistration, jobRowRefusal } from './import-row';

/** How far a job got, as the page and the CLI show it. */
export type AssetImportProgress = ImportJobProgress;

const ROW_COMMAND_NAMESPACE = '5f3c2a91-7d4e-4b8a-a6c2-1e9d8b7f4c30';
/** Registrations in flight at once: each is its own append (its own stream), so they do not contend. */
const PARALLEL_ROWS = 8;

/**
 * Register imports as background jobs (the job queue, checkpoint and resume are ImportJobQueue's). Each batch
 * goes through the register command (decider, expected-revision append). A row's command id follows from
 * (job, row), and its asset id from its asset number, so a batch done again after a crash writes nothing
 * twice, and a file imported again meets cards that exist (counted as skipped, nothing written).
 */
@Injectable()
export class AssetImportJobs extends ImportJobQueue<ImportRegistration> {
  constructor(
    db: DataSource,
    private readonly runner: AssetCommandRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly tables: CategoryTableSource,
    clock: Clock,
  ) {
    super(db, clock, { jobs: 'asset_import_jobs', rows: 'asset_import_rows' });
  }

  protected importBatch(jobId: string, actor: Actor, rows: readonly { seq: number; registration: ImportRegistration }[]) {
    return this.registerAll(jobId, actor, rows);
  }

  private async registerAll(
    jobId: string,
    actor: Actor,
    rows: readonly { seq: number; registration: ImportRegistration }[],
  ): Promise<ImportBatchOutcome> {
    const out: ImportBatchOutcome = { imported: 0, skipped: 0, failures: [] };
    const existing = await streamsWithEvents(
      this.store,
      rows.map((r) => assetStreamId(r.registration.assetId)),
    );
    // The category table in force, read once for the batch rather than once per row.
    const categories = await this.tables.catalog();
    let next = 0;
    const worker = async () => {
      while (next < rows.length) {
        const { seq, registration } = rows[next++];
        const result = await this.registerOne(
          jobId,
          actor,
          seq,
          registration,
          !existing.has(assetStreamId(registration.assetId)),
          categories,
        );
        if (result === 'imported') out.imported++;
        else if (result === 'skipped') out.skipped++;
        else out.failures.push({ row: registration.rowNumber, ...result });
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_ROWS, rows.length) }, worker));
    return out;
  }

  /**
   * A number already registered is skipped only when the card is on this unit's books (an earlier import, or
   * by hand); a card written off, or another unit's (registered after the dry run), is a refused row.
   */
  private async alreadyThere(row: ImportRegistration): Promise<'skipped' | { code: string; problem: string }> {
    const events = await this.store.readStream(assetStreamId(row.assetId));
    const state = events.reduce<AssetState>((s, e) => evolveAsset(s, { type: e.type, data: e.data } as AssetEvent), initialAssetState());
    if (state.status === 'registered' && state.departmentId === row.departmentId) return 'skipped';
    if (state.status === 'written_off')
      return { code: 'ASSET_NO_WRITTEN_OFF', problem: `登记被拒绝：资产编号 ${row.assetNo} 的卡片已核销，不能再次登记` };
    return { code: 'ASSET_NO_TAKEN', problem: `登记被拒绝：资产编号 ${row.assetNo} 已由其他单位登记` };
  }

  private async registerOne(
    jobId: string,
    actor: Actor,
    seq: number,
    row: ImportRegistration,
    fresh: boolean,
    categories: CategoryCatalog,
  ): Promise<'imported' | 'skipped' | { code: string; problem: string }> {
    const commandId = uuidv5(`${jobId}:${seq}`, ROW_COMMAND_NAMESPACE);
    const now = this.clock.now();
    const context: CommandContext = { actor, commandId, correlationId: jobId, causationId: jobId, now, freshCommandId: fresh };
    try {
      await this.runner.run(
        {
          kind: 'RegisterAsset',
          actor,
          today: chinaDate(now),
          assetId: row.assetId,
          assetNo: row.assetNo,
          departmentId: row.departmentId,
          card: row.card,
        },
        context,
        { likelyNewStream: true },
        categories,
      );
      // A replayed command (done before a crash, after the last checkpoint) was this job's own import.
      return 'imported';
    } catch (error: unknown) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === 'ASSET_ALREADY_REGISTERED') return this.alreadyThere(row);
      return { code: error.code, problem: jobRowRefusal(error) };
    }
  }
}
