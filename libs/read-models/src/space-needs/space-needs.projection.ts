import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@app/event-store';
import { isCalendarDate } from '@app/shared';
import { bulkRead, bulkWrite } from '../bulk-write';
import { Projection } from '../projection';
import { AllocationStepView, SpaceAllocationRow, SpaceNeedRow } from './space-needs.entities';

const NEED_TYPES: ReadonlySet<string> = new Set([
  'space-need.posted.v1',
  'space-need.withdrawn.v1',
  'space-need.match-taken.v1',
  'space-need.allocation-ended.v1',
  'space-need.fulfilled.v1',
]);
const ALLOCATION_TYPES: ReadonlySet<string> = new Set([
  'space-allocation.started.v1',
  'space-allocation.step-approved.v1',
  'space-allocation.rejected.v1',
  'space-allocation.handed-over.v1',
  'space-allocation.ended.v1',
]);

type Data = Record<string, unknown>;

/*
 * Stored events are read defensively: a value of the wrong shape (an event written by an older or buggy
 * version) becomes a neutral one instead of stopping the projector on a failed insert.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOrNull = (v: unknown): string | null => (typeof v === 'string' && UUID.test(v) ? v : null);
const text = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const textOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const finiteOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const intOrNull = (v: unknown): number | null => (Number.isSafeInteger(v) ? (v as number) : null);
/** numeric(12,2): at most 10 integer digits; anything else reads as 0. */
const area = (v: unknown): string => (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e10 ? v.toFixed(2) : '0.00');
/** A real calendar day the date column accepts (Date.parse rolls 2026-02-30 over to March; PostgreSQL refuses it). */
const dateOr = <T>(v: unknown, fallback: T): string | T => (isCalendarDate(v) ? v : fallback);
const record = (v: unknown): Data => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Data) : {});

function statusAfter(steps: readonly AllocationStepView[]): string {
  const pending = steps.find((s) => s.status === 'pending');
  if (!pending) return 'approved';
  return pending.kind === 'supervisor_review' ? 'pending_supervisor_review' : 'pending_finance_approval';
}

export function evolveNeedRow(row: SpaceNeedRow | null, type: string, d: Data, at: Date): SpaceNeedRow | null {
  if (type === 'space-need.posted.v1') {
    if (row) return row;
    const location = d.location === null ? null : record(d.location);
    return {
      needId: d.needId as string,
      departmentId: text(d.departmentId),
      title: text(d.title),
      use: text(d.use, 'other'),
      minAreaSqm: area(d.minAreaSqm),
      maxAreaSqm: area(d.maxAreaSqm),
      lng: location ? finiteOrNull(location.lng) : null,
      lat: location ? finiteOrNull(location.lat) : null,
      radiusM: intOrNull(d.radiusM),
      districtId: textOrNull(d.districtId),
      neededFrom: dateOr(d.neededFrom, at.toISOString().slice(0, 10)),
      durationMonths: intOrNull(d.durationMonths) ?? 0,
      purpose: text(d.purpose),
      status: 'open',
      allocationId: null,
      propertyId: null,
      endReason: null,
      postedBy: text(d.postedBy),
      postedAt: at,
      updatedAt: at,
    };
  }
  if (!row) return null;
  switch (type) {
    case 'space-need.withdrawn.v1':
      return { ...row, status: 'withdrawn', endReason: text(d.reason), updatedAt: at };
    case 'space-need.match-taken.v1':
      return {
        ...row,
        status: 'allocating',
        allocationId: uuidOrNull(d.allocationId),
        propertyId: uuidOrNull(d.propertyId),
        updatedAt: at,
      };
    case 'space-need.allocation-ended.v1':
      return { ...row, status: 'open', allocationId: null, propertyId: null, endReason: text(d.reason), updatedAt: at };
    case 'space-need.fulfilled.v1':
      return { ...row, status: 'fulfilled', allocationId: uuidOrNull(d.allocationId), propertyId: uuidOrNull(d.propertyId), updatedAt: at };
    default:
      return row;
  }
}

export function evolveAllocationRow(row: SpaceAllocationRow | null, type: string, d: Data, at: Date): SpaceAllocationRow | null {
  if (type === 'space-allocation.started.v1') {
    if (row) return row;
    const property = record(d.property);
    const propertyId = uuidOrNull(property.propertyId);
    const needId = uuidOrNull(d.needId);
    if (!propertyId || !needId) return null;
    const steps: AllocationStepView[] = (Array.isArray(d.steps) ? d.steps : []).map((s) => {
      const step = record(s);
      return {
        kind: text(step.kind),
        approverDepartmentId: textOrNull(step.approverDepartmentId),
        status: 'pending',
        by: null,
        comment: null,
        at: null,
      };
    });
    return {
      allocationId: d.allocationId as string,
      needId,
      needTitle: text(d.needTitle),
      propertyId,
      propertyNo: text(property.propertyNo),
      propertyName: text(property.name),
      propertyUse: text(property.use, 'other'),
      grossAreaSqm: area(property.grossAreaSqm),
      fromUnitId: text(d.fromUnitId),
      toDepartmentId: text(d.toDepartmentId),
      status: statusAfter(steps),
      steps,
      policyVersion: intOrNull(d.policyVersion),
      requestedBy: text(d.requestedBy),
      rejectReason: null,
      handedOverOn: null,
      startedAt: at,
      updatedAt: at,
    };
  }
  if (!row) return null;
  switch (type) {
    case 'space-allocation.step-approved.v1': {
      const steps = row.steps.map((s) =>
        s.kind === d.step
          ? { ...s, status: 'approved' as const, by: textOrNull(d.by), comment: textOrNull(d.comment), at: at.toISOString() }
          : s,
      );
      return { ...row, steps, status: statusAfter(steps), updatedAt: at };
    }
    case 'space-allocation.rejected.v1': {
      const steps = row.steps.map((s) =>
        s.kind === d.step
          ? { ...s, status: 'rejected' as const, by: textOrNull(d.by), comment: textOrNull(d.reason), at: at.toISOString() }
          : s,
      );
      return { ...row, steps, status: 'rejected', rejectReason: text(d.reason), updatedAt: at };
    }
    case 'space-allocation.handed-over.v1':
      return { ...row, status: 'handed_over', handedOverOn: dateOr(d.since, at.toISOString().slice(0, 10)), updatedAt: at };
    case 'space-allocation.ended.v1':
      // The reason column says why an allocation stopped short: a rejection, or the property gone at handover.
      return { ...row, status: 'ended', rejectReason: text(d.reason), updatedAt: at };
    default:
      return row;
  }
}

/** Space needs and allocations: "my needs", the allocation list and the approvers' 调配审批 read them. */
export class SpaceNeedsProjection implements Projection {
  readonly name = 'space-needs';

  handles(type: string): boolean {
    return NEED_TYPES.has(type) || ALLOCATION_TYPES.has(type);
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const needs = events.filter((e) => NEED_TYPES.has(e.type) && uuidOrNull(record(e.data).needId));
    const allocations = events.filter((e) => ALLOCATION_TYPES.has(e.type) && uuidOrNull(record(e.data).allocationId));
    await this.fold(tx, needs, SpaceNeedRow, 'needId', evolveNeedRow);
    await this.fold(tx, allocations, SpaceAllocationRow, 'allocationId', evolveAllocationRow);
  }

  /** Reads every row the batch touches at once, folds the events in order, writes the changed rows at once. */
  private async fold<R extends SpaceNeedRow | SpaceAllocationRow>(
    tx: EntityManager,
    events: readonly RecordedEvent[],
    entity: new () => R,
    key: 'needId' | 'allocationId',
    evolve: (row: R | null, type: string, d: Data, at: Date) => R | null,
  ): Promise<void> {
    if (events.length === 0) return;
    const idOf = (e: RecordedEvent) => (e.data as Data)[key] as string;
    const ids = [...new Set(events.map(idOf))];
    const rows = new Map<string, R | null>(ids.map((id) => [id, null]));
    for (const row of await bulkRead(tx, entity, key as keyof R & string, ids))
      rows.set((row as unknown as Record<string, string>)[key], row);
    const changed = new Set<string>();
    for (const e of events) {
      const before = rows.get(idOf(e)) ?? null;
      const after = evolve(before, e.type, e.data as Data, new Date(e.metadata.occurredAt));
      if (after !== before) {
        rows.set(idOf(e), after);
        changed.add(idOf(e));
      }
    }
    const written = [...changed].map((id) => rows.get(id)).filter((r): r is R => r !== null && r !== undefined);
    await bulkWrite(tx, entity, written, { conflict: [key], onConflict: 'update' });
  }
}
