import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AssetState, CategoryCatalog, evolveAsset, initialAssetState, upcastAssetEvent } from '@app/assets';
import { AssetHistoryQueries } from '../asset-history/asset-history.queries';
import { AuditLogRow } from './audit-log.entity';

export interface TimelineFilter {
  streamId?: string;
  departmentId?: string;
  transferId?: string;
  types?: string[];
  actorId?: string;
  from?: Date;
  to?: Date;
  limit?: number;
  /** leaf index of the last entry of the previous page */
  after?: number;
}

export interface TimelineEntry {
  leafIndex: number;
  eventId: string;
  streamId: string;
  revision: number;
  type: string;
  occurredAt: string;
  actorId: string;
  actorRole: unknown;
  departmentIds: string[];
  reason: unknown;
  correlationId: unknown;
  causationId: unknown;
  data: object;
}

/**
 * `original`: what the ledger said at the time (events recorded up to then).
 * `corrected`: the same, with every correction recorded later applied to it.
 */
export type AsOfView = 'original' | 'corrected';

export interface RegisterLine {
  classCode: string;
  className: string;
  count: number;
  originalValueFen: number;
  netBookValueFen: number;
}

function toEntry(row: AuditLogRow): TimelineEntry {
  const m = row.metadata as Record<string, unknown>;
  const d = row.data as Record<string, unknown>;
  return {
    leafIndex: Number(row.leafIndex),
    eventId: row.eventId,
    streamId: row.streamId,
    revision: Number(row.streamRevision),
    type: row.eventType,
    occurredAt: row.occurredAt.toISOString(),
    actorId: row.actorId,
    actorRole: m.actorRole,
    departmentIds: row.departmentIds,
    reason: d.reason ?? null,
    correlationId: m.correlationId,
    causationId: m.causationId,
    data: row.data,
  };
}

function foldAsOf(rows: readonly AuditLogRow[], at: Date, view: AsOfView): { state: AssetState; laterCorrections: TimelineEntry[] } {
  let state = initialAssetState();
  const laterCorrections: TimelineEntry[] = [];
  for (const row of rows) {
    const event = upcastAssetEvent({ type: row.eventType, data: row.data });
    if (row.occurredAt <= at) state = evolveAsset(state, event);
    else if (event.type === 'asset.corrected.v1') {
      laterCorrections.push(toEntry(row));
      if (view === 'corrected') state = evolveAsset(state, event);
    }
  }
  return { state, laterCorrections };
}

@Injectable()
export class AuditQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly categories: CategoryCatalog,
    private readonly history: AssetHistoryQueries,
  ) {}

  /** The ordered history, filtered; pages continue after the last leaf index. */
  async timeline(filter: TimelineFilter): Promise<{ items: TimelineEntry[]; nextAfter: number | null }> {
    const limit = Math.min(filter.limit ?? 50, 500);
    const qb = this.dataSource.getRepository(AuditLogRow).createQueryBuilder('e');
    if (filter.streamId) qb.andWhere('e.stream_id = :stream', { stream: filter.streamId });
    if (filter.departmentId) qb.andWhere(':dep = ANY(e.department_ids)', { dep: filter.departmentId });
    if (filter.transferId) qb.andWhere(`e.data @> :transfer::jsonb`, { transfer: JSON.stringify({ transferId: filter.transferId }) });
    if (filter.types?.length) qb.andWhere('e.event_type IN (:...types)', { types: filter.types });
    if (filter.actorId) qb.andWhere('e.actor_id = :actor', { actor: filter.actorId });
    if (filter.from) qb.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('e.occurred_at <= :to', { to: filter.to });
    if (filter.after !== undefined) qb.andWhere('e.leaf_index > :after', { after: filter.after });
    const rows = await qb
      .orderBy('e.leaf_index', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    return { items: page.map(toEntry), nextAfter: rows.length > limit ? Number(page[page.length - 1].leafIndex) : null };
  }

  /** An asset's card as of an instant, computed from its events. */
  async assetAsOf(assetId: string, at: Date, view: AsOfView) {
    const rows = await this.dataSource
      .getRepository(AuditLogRow)
      .find({ where: { streamId: `asset-${assetId}` }, order: { leafIndex: 'ASC' } });
    if (rows.length === 0) return null;
    const { state, laterCorrections } = foldAsOf(rows, at, view);
    return { assetId, asOf: at.toISOString(), view, state, correctionsRecordedLater: laterCorrections };
  }

  /** A department's register as of an instant: assets on its books then, by GB/T 14885 门类, from the asset history. */
  async registerAsOf(
    departmentId: string,
    at: Date,
    view: AsOfView,
  ): Promise<{
    departmentId: string;
    asOf: string;
    view: AsOfView;
    lines: RegisterLine[];
    total: Omit<RegisterLine, 'classCode' | 'className'>;
  }> {
    const byClass = new Map<string, RegisterLine>();
    for (const g of await this.history.registerAsOf(at, view, [departmentId])) {
      const line = byClass.get(g.classCode) ?? {
        classCode: g.classCode,
        className: this.categories.resolve(g.classCode)?.className ?? g.classCode,
        count: 0,
        originalValueFen: 0,
        netBookValueFen: 0,
      };
      line.count += g.count;
      line.originalValueFen += g.originalValueFen;
      line.netBookValueFen += g.netBookValueFen;
      byClass.set(g.classCode, line);
    }
    const lines = [...byClass.values()].sort((a, b) => a.classCode.localeCompare(b.classCode));
    const total = lines.reduce(
      (t, l) => ({
        count: t.count + l.count,
        originalValueFen: t.originalValueFen + l.originalValueFen,
        netBookValueFen: t.netBookValueFen + l.netBookValueFen,
      }),
      { count: 0, originalValueFen: 0, netBookValueFen: 0 },
    );
    return { departmentId, asOf: at.toISOString(), view, lines, total };
  }

  /** Events concerning a department in a period, in log order, for the export package. */
  /** How many of a department's events fall in the period, and the first and last leaf among them. */
  async spanFor(departmentId: string, from: Date, to: Date): Promise<{ count: number; first: number | null; last: number | null }> {
    const [row] = await this.dataSource.query<{ n: string; first: string | null; last: string | null }[]>(
      `SELECT count(*) AS n, min(leaf_index) AS first, max(leaf_index) AS last FROM audit_log
        WHERE $1 = ANY(department_ids) AND occurred_at >= $2 AND occurred_at <= $3`,
      [departmentId, from, to],
    );
    return {
      count: Number(row.n),
      first: row.first === null ? null : Number(row.first),
      last: row.last === null ? null : Number(row.last),
    };
  }

  /** How many of a department's events in the period lie below a leaf index. */
  async countBelow(departmentId: string, from: Date, to: Date, belowLeaf: number): Promise<number> {
    const [row] = await this.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM audit_log WHERE $1 = ANY(department_ids) AND occurred_at >= $2 AND occurred_at <= $3 AND leaf_index < $4`,
      [departmentId, from, to, belowLeaf],
    );
    return Number(row.n);
  }

  /** A department's events in the period below a leaf index, in log order, a page at a time (keyset on the leaf). */
  async *eventPagesFor(
    departmentId: string,
    from: Date,
    to: Date,
    belowLeaf: number,
    pageSize = 2000,
    /** Only these columns (the leaf index always comes along: it is the page's key). */
    fields?: readonly (keyof AuditLogRow)[],
  ): AsyncGenerator<AuditLogRow[]> {
    let after = -1;
    for (;;) {
      const query = this.dataSource.getRepository(AuditLogRow).createQueryBuilder('e');
      if (fields) query.select(['e.leafIndex', ...fields.map((f) => `e.${String(f)}`)]);
      const page = await query
        .where(':dep = ANY(e.department_ids)', { dep: departmentId })
        .andWhere('e.occurred_at >= :from AND e.occurred_at <= :to', { from, to })
        .andWhere('e.leaf_index > :after AND e.leaf_index < :below', { after, below: belowLeaf })
        .orderBy('e.leaf_index', 'ASC')
        .limit(pageSize)
        .getMany();
      if (page.length === 0) return;
      yield page;
      if (page.length < pageSize) return;
      after = Number(page[page.length - 1].leafIndex);
    }
  }
}
