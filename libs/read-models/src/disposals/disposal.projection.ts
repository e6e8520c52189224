import { EntityManager } from 'typeorm';
import { DISPOSAL_EVENT_TYPES, DisposalEvent } from '@app/assets';
import { RecordedEvent } from '@app/event-store';
import { bulkRead, bulkWrite } from '../bulk-write';
import { Projection } from '../projection';
import { DisposalRow, DisposalStepView } from './disposal.entity';

const TYPES: ReadonlySet<string> = new Set([...DISPOSAL_EVENT_TYPES, 'asset.disposal-requested.v1']);

/**
 * The hold on the asset's stream names the listing it really withdrew (the request's snapshot was taken
 * before: a listing opened or closed in between makes it wrong). Holds written before they named it change nothing.
 */
function withHold(row: DisposalRow, data: Record<string, unknown>, at: Date): DisposalRow {
  if (!('withdrawnListingId' in data) || typeof data.assetId !== 'string') return row;
  const listingId = typeof data.withdrawnListingId === 'string' ? data.withdrawnListingId : null;
  const asset = row.assets.find((a) => a.assetId === data.assetId);
  if (!asset || asset.withdrawnListingId === listingId) return row;
  return { ...row, assets: row.assets.map((a) => (a === asset ? { ...a, withdrawnListingId: listingId } : a)), updatedAt: at };
}

function statusAfter(steps: readonly DisposalStepView[]): string {
  const pending = steps.find((s) => s.status === 'pending');
  if (!pending) return 'approved';
  return pending.kind === 'supervisor_review' ? 'pending_supervisor_review' : 'pending_finance_approval';
}

/** The row after one event (null: no request yet). A repeated delivery of the request leaves the row as it is. */
export function evolveDisposalRow(row: DisposalRow | null, event: DisposalEvent, at: Date): DisposalRow | null {
  if (event.type === 'disposal.requested.v1') {
    if (row) return row;
    const d = event.data;
    const steps: DisposalStepView[] = d.steps.map((s) => ({
      ...s,
      status: 'pending',
      byDepartmentId: null,
      by: null,
      comment: null,
      at: null,
    }));
    return {
      disposalId: d.disposalId,
      departmentId: d.departmentId,
      kind: d.disposalKind,
      status: statusAfter(steps),
      reason: d.reason,
      counterparty: d.counterparty,
      photos: [...d.photos],
      assets: [...d.assets],
      assetIds: d.assets.map((a) => a.assetId),
      totalOriginalValueFen: String(d.totalOriginalValueFen),
      totalNetBookValueFen: String(d.totalNetBookValueFen),
      steps,
      policyVersion: d.policyVersion,
      requestedBy: d.requestedBy,
      proceedsFen: null,
      treasuryVoucher: null,
      replyRef: null,
      endReason: null,
      requestedAt: at,
      writtenOffAt: null,
      updatedAt: at,
    };
  }
  if (!row) return null;
  switch (event.type) {
    case 'disposal.step-approved.v1': {
      const { step, byDepartmentId, by, comment } = event.data;
      const steps = row.steps.map((s) =>
        s.kind === step ? { ...s, status: 'approved' as const, byDepartmentId, by, comment, at: at.toISOString() } : s,
      );
      return { ...row, steps, status: statusAfter(steps), updatedAt: at };
    }
    case 'disposal.rejected.v1': {
      const { step, by, reason } = event.data;
      const steps = row.steps.map((s) =>
        s.kind === step ? { ...s, status: 'rejected' as const, by, comment: reason, at: at.toISOString() } : s,
      );
      return { ...row, steps, status: 'rejected', endReason: reason, updatedAt: at };
    }
    case 'disposal.withdrawn.v1':
      return { ...row, status: 'withdrawn', endReason: event.data.reason, updatedAt: at };
    case 'disposal.written-off.v1': {
      const { proceedsFen, treasuryVoucher, replyRef } = event.data;
      return {
        ...row,
        status: 'written_off',
        proceedsFen: String(proceedsFen),
        treasuryVoucher,
        replyRef,
        writtenOffAt: at,
        updatedAt: at,
      };
    }
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** Disposal requests (处置) with their approval chain and proceeds: the disposal list and the approvers' inbox read it. */
export class DisposalProjection implements Projection {
  readonly name = 'disposals';

  handles(type: string): boolean {
    return TYPES.has(type);
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const relevant = events.filter((e) => TYPES.has(e.type) && typeof (e.data as { disposalId?: unknown }).disposalId === 'string');
    if (relevant.length === 0) return;
    const ids = [...new Set(relevant.map((e) => (e.data as { disposalId: string }).disposalId))];
    const rows = new Map<string, DisposalRow | null>(ids.map((id) => [id, null]));
    for (const row of await bulkRead(tx, DisposalRow, 'disposalId', ids)) rows.set(row.disposalId, row);
    const changed = new Set<string>();
    for (const recorded of relevant) {
      const event = { type: recorded.type, data: recorded.data } as DisposalEvent;
      const before = rows.get(event.data.disposalId) ?? null;
      const at = new Date(recorded.metadata.occurredAt);
      const after =
        recorded.type === 'asset.disposal-requested.v1'
          ? before && withHold(before, recorded.data, at)
          : evolveDisposalRow(before, event, at);
      if (after !== before) {
        rows.set(event.data.disposalId, after);
        changed.add(event.data.disposalId);
      }
    }
    const written = [...changed].map((id) => rows.get(id)).filter((r): r is DisposalRow => r !== null && r !== undefined);
    await bulkWrite(tx, DisposalRow, written, { conflict: ['disposalId'], onConflict: 'update' });
  }
}
