import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { ImportBatchOutcome, ImportFailure, ImportJobProgress, ImportJobQueue, streamsWithEvents } from '@app/platform/import/import-jobs';
import { CommandBus } from '@nestjs/cqrs';
import { Actor, Clock, CommandContext, DomainError } from '@app/shared';
import { PropertyStreams } from '../commands/property-streams';
import { RegisterPropertyCommand } from '../commands/register-property/register-property.command';
import { RegisterPropertyRequestDto } from '../commands/register-property/register-property.request.dto';
import { propertyStreamId } from '../domain/property.events';
import { jobRowRefusal, PropertyImportRegistration } from './property-import-row';

export type PropertyImportProgress = ImportJobProgress;

const ROW_COMMAND_NAMESPACE = '0b7e4d52-9c1a-4f36-8e2d-5a7c3b1f9e64';
/** Registrations in flight at once within one level of the tree (each its own stream, so they do not contend). */
const PARALLEL_ROWS = 8;

type Row = { seq: number; registration: PropertyImportRegistration };

/**
 * Property imports as background jobs (queue, checkpoint and resume are ImportJobQueue's, shared with the
 * asset import). Each row goes through the register command (RegisterPropertyCommand: decider, expected-revision append).
 * Rows arrive parents first; within a batch each level of the tree is done before the next, so a child's
 * parent is on its stream when the child is decided. A row's command id follows from (job, row) and its
 * property id from its 物业编号: a batch done again after a crash, or the same file imported again, writes
 * nothing twice (rows this unit has registered already are counted as skipped).
 */
@Injectable()
export class PropertyImportJobs extends ImportJobQueue<PropertyImportRegistration> {
  constructor(
    db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly commands: CommandBus,
    private readonly streams: PropertyStreams,
    clock: Clock,
  ) {
    super(db, clock, { jobs: 'property_import_jobs', rows: 'property_import_rows' });
  }

  protected async importBatch(jobId: string, actor: Actor, rows: readonly Row[]): Promise<ImportBatchOutcome> {
    const out: ImportBatchOutcome = { imported: 0, skipped: 0, failures: [] };
    const existing = await streamsWithEvents(
      this.store,
      rows.map((r) => propertyStreamId(r.registration.propertyId)),
    );
    const levels = new Map<number, Row[]>();
    for (const row of rows) levels.set(row.registration.depth, [...(levels.get(row.registration.depth) ?? []), row]);
    for (const depth of [...levels.keys()].sort((a, b) => a - b)) {
      const level = levels.get(depth)!;
      let next = 0;
      const worker = async () => {
        while (next < level.length) {
          const { seq, registration } = level[next++];
          const fresh = !existing.has(propertyStreamId(registration.propertyId));
          const result = await this.registerOne(jobId, actor, seq, registration, fresh);
          if (result === 'imported') out.imported++;
          else if (result === 'skipped') out.skipped++;
          else out.failures.push({ row: registration.rowNumber, ...result });
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL_ROWS, level.length) }, worker));
    }
    return out;
  }

  private async registerOne(
    jobId: string,
    actor: Actor,
    seq: number,
    row: PropertyImportRegistration,
    fresh: boolean,
  ): Promise<'imported' | 'skipped' | Omit<ImportFailure, 'row'>> {
    const context: CommandContext = {
      actor,
      commandId: uuidv5(`${jobId}:${seq}`, ROW_COMMAND_NAMESPACE),
      correlationId: jobId,
      causationId: jobId,
      now: this.clock.now(),
      freshCommandId: fresh,
    };
    const request: RegisterPropertyRequestDto = {
      propertyNo: row.propertyNo,
      kind: row.propertyKind,
      parentId: row.parentId ?? undefined,
      name: row.name,
      address: row.address,
      location: row.location ?? undefined,
      grossAreaSqm: row.grossAreaSqm,
      usableAreaSqm: row.usableAreaSqm ?? undefined,
      use: row.use,
      ownerUnitId: row.ownerUnitId ?? undefined,
      occupantUnitId: row.occupantUnitId ?? undefined,
      occupiedSince: row.occupiedSince ?? undefined,
      status: row.status,
      assetId: row.assetId ?? undefined,
    };
    try {
      // The register command itself: it reads the parent and the asset card from their streams and decides.
      await this.commands.execute(new RegisterPropertyCommand(request, context));
      // A replayed command (appended before a crash, after the last checkpoint) was this job's own registration.
      return 'imported';
    } catch (error: unknown) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === 'PROPERTY_ALREADY_REGISTERED') return this.alreadyThere(row, actor);
      return { code: error.code, problem: jobRowRefusal(error, row.propertyKind) };
    }
  }

  /** A number registered already is skipped when it is on this unit's books; another unit's is a refused row. */
  private async alreadyThere(row: PropertyImportRegistration, actor: Actor): Promise<'skipped' | Omit<ImportFailure, 'row'>> {
    const registered = await this.streams.property(row.propertyId);
    if (registered?.ownerUnitId === actor.departmentId) return 'skipped';
    return { code: 'PROPERTY_NO_TAKEN', problem: `登记被拒绝：物业编号 ${row.propertyNo} 已由其他单位登记` };
  }
}
