import { EntityManager } from 'typeorm';
import { AssetEventType, upcastAssetEvent } from '@app/assets';
import { RecordedEvent } from '@app/event-store';
import { bulkRead, bulkWrite } from '../bulk-write';
import { Projection } from '../projection';
import { TransferRow, TransferStepView } from './transfer.entity';

function statusAfter(steps: readonly TransferStepView[]): string {
  const pending = steps.find((s) => s.status === 'pending');
  if (!pending) return 'awaiting_handover';
  return pending.kind === 'supervisor_review' ? 'pending_supervisor_review' : 'pending_finance_approval';
}

/** The asset events that start or move a transfer; every other event leaves the transfers as they are. */
export const TRANSFER_EVENT_TYPES: ReadonlySet<string> = new Set<AssetEventType>([
  'asset.claim-selected.v1',
  'asset.transfer-step-approved.v1',
  'asset.transfer-step-escalated.v1',
  'asset.transfer-rejected.v1',
  'asset.transfer-withdrawn.v1',
  'asset.handover-confirmed.v1',
  'asset.transferred.v1',
]);

/** Transfers (调剂) with their approval chain and handover; completed rows carry the savings credited to the receiver. */
export class TransferProjection implements Projection {
  readonly name = 'transfers';

  // Exactly the types `apply` acts on: a rebuild opens no transaction for the many asset batches without one.
  handles(type: string): boolean {
    return TRANSFER_EVENT_TYPES.has(type);
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const relevant = events.filter((recorded) => TRANSFER_EVENT_TYPES.has(recorded.type) && 'transferId' in recorded.data);
    if (relevant.length === 0) return;
    // The transfers the batch names, read at once, changed in memory event by event, written back in one statement.
    const ids = [...new Set(relevant.map((recorded) => (recorded.data as { transferId: string }).transferId))];
    const rows = new Map((await bulkRead(tx, TransferRow, 'transferId', ids)).map((row) => [row.transferId, row]));
    const changed = new Set<string>();
    const update = (row: TransferRow, change: Partial<TransferRow>) => {
      Object.assign(row, change);
      changed.add(row.transferId);
    };
    for (const recorded of relevant) {
      const event = upcastAssetEvent(recorded);
      const at = new Date(recorded.metadata.occurredAt);
      if (event.type === 'asset.claim-selected.v1') {
        const d = event.data;
        // A repeated delivery leaves the transfer (and whatever later events made of it) as it is.
        if (rows.has(d.transferId)) continue;
        const steps: TransferStepView[] = d.steps.map((s) => ({ ...s, status: 'pending', byDepartmentId: null, comment: null, at: null }));
        rows.set(d.transferId, {
          transferId: d.transferId,
          assetId: d.assetId,
          listingId: d.listingId,
          claimId: d.claimId,
          assetNo: d.assetNo,
          assetName: d.assetName,
          fromDepartmentId: d.fromDepartmentId,
          toDepartmentId: d.toDepartmentId,
          crossesSupervisors: d.crossesSupervisors,
          steps,
          status: statusAfter(steps),
          handoverReleasing: false,
          handoverReceiving: false,
          originalValueFen: String(d.originalValueFen),
          netBookValueFen: String(d.netBookValueFen),
          endReason: null,
          startedAt: at,
          completedAt: null,
          updatedAt: at,
        });
        changed.add(d.transferId);
        continue;
      }
      if (!('transferId' in event.data)) continue;
      const row = rows.get(event.data.transferId);
      if (!row) continue;
      switch (event.type) {
        case 'asset.transfer-step-approved.v1': {
          const { step, byDepartmentId, comment } = event.data;
          const steps = row.steps.map((s) =>
            s.kind === step ? { ...s, status: 'approved' as const, byDepartmentId, comment, at: at.toISOString() } : s,
          );
          update(row, { steps, status: statusAfter(steps), updatedAt: at });
          break;
        }
        case 'asset.transfer-step-escalated.v1': {
          // The step keeps waiting: updatedAt (when it began to wait) stays as it is.
          const { step, escalatedTo } = event.data;
          const steps = row.steps.map((s) => (s.kind === step ? { ...s, escalatedAt: at.toISOString(), escalatedTo } : s));
          update(row, { steps });
          break;
        }
        case 'asset.transfer-rejected.v1': {
          const steps = row.steps.map((s) =>
            s.kind === event.data.step ? { ...s, status: 'rejected' as const, comment: event.data.reason, at: at.toISOString() } : s,
          );
          update(row, { steps, status: 'rejected', endReason: event.data.reason, updatedAt: at });
          break;
        }
        case 'asset.transfer-withdrawn.v1':
          update(row, { status: 'withdrawn', endReason: `${event.data.side}: ${event.data.reason}`, updatedAt: at });
          break;
        case 'asset.handover-confirmed.v1':
          update(
            row,
            event.data.side === 'releasing' ? { handoverReleasing: true, updatedAt: at } : { handoverReceiving: true, updatedAt: at },
          );
          break;
        case 'asset.transferred.v1':
          update(row, {
            status: 'completed',
            completedAt: at,
            originalValueFen: String(event.data.originalValueFen),
            netBookValueFen: String(event.data.netBookValueFen),
            updatedAt: at,
          });
          break;
        default:
          break;
      }
    }
    const written = [...changed].map((id) => rows.get(id) as TransferRow);
    await bulkWrite(tx, TransferRow, written, { conflict: ['transferId'], onConflict: 'update' });
  }
}
