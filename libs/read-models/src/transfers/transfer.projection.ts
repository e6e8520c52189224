import { EntityManager } from 'typeorm';
import { AssetEvent, isAssetEvent } from '@app/assets';
import { RecordedEvent } from '@app/event-store';
import { insertOnce } from '../insert-once';
import { Projection } from '../projection';
import { TransferRow, TransferStepView } from './transfer.entity';

function statusAfter(steps: readonly TransferStepView[]): string {
  const pending = steps.find((s) => s.status === 'pending');
  if (!pending) return 'awaiting_handover';
  return pending.kind === 'supervisor_review' ? 'pending_supervisor_review' : 'pending_finance_approval';
}

/** Transfers (调剂) with their approval chain and handover; completed rows carry the savings credited to the receiver. */
export class TransferProjection implements Projection {
  readonly name = 'transfers';

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const repo = tx.getRepository(TransferRow);
    for (const recorded of events) {
      if (!isAssetEvent(recorded)) continue;
      const event = { type: recorded.type, data: recorded.data } as AssetEvent;
      const at = new Date(recorded.metadata.occurredAt);
      if (event.type === 'asset.claim-selected.v1') {
        const d = event.data;
        const steps: TransferStepView[] = d.steps.map((s) => ({ ...s, status: 'pending', byDepartmentId: null, comment: null, at: null }));
        await insertOnce(tx, TransferRow, {
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
        continue;
      }
      if (!('transferId' in event.data)) continue;
      const row = await repo.findOneBy({ transferId: event.data.transferId });
      if (!row) continue;
      switch (event.type) {
        case 'asset.transfer-step-approved.v1': {
          const { step, byDepartmentId, comment } = event.data;
          const steps = row.steps.map((s) =>
            s.kind === step ? { ...s, status: 'approved' as const, byDepartmentId, comment, at: at.toISOString() } : s,
          );
          await repo.update({ transferId: row.transferId }, { steps, status: statusAfter(steps), updatedAt: at });
          break;
        }
        case 'asset.transfer-rejected.v1': {
          const steps = row.steps.map((s) =>
            s.kind === event.data.step ? { ...s, status: 'rejected' as const, comment: event.data.reason, at: at.toISOString() } : s,
          );
          await repo.update({ transferId: row.transferId }, { steps, status: 'rejected', endReason: event.data.reason, updatedAt: at });
          break;
        }
        case 'asset.transfer-withdrawn.v1':
          await repo.update(
            { transferId: row.transferId },
            { status: 'withdrawn', endReason: `${event.data.side}: ${event.data.reason}`, updatedAt: at },
          );
          break;
        case 'asset.handover-confirmed.v1':
          await repo.update(
            { transferId: row.transferId },
            event.data.side === 'releasing' ? { handoverReleasing: true, updatedAt: at } : { handoverReceiving: true, updatedAt: at },
          );
          break;
        case 'asset.transferred.v1':
          await repo.update(
            { transferId: row.transferId },
            {
              status: 'completed',
              completedAt: at,
              originalValueFen: String(event.data.originalValueFen),
              netBookValueFen: String(event.data.netBookValueFen),
              updatedAt: at,
            },
          );
          break;
        default:
          break;
      }
    }
  }
}
