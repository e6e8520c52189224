import { upcastCategoryCodeIn } from '@app/assets';
import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@app/event-store';
import { isPurchaseEvent, PurchaseEvent } from '@app/warehouse/domain/warehouse-requests.events';
import { insertOnce } from '../insert-once';
import { Projection } from '../projection';
import { PurchaseRequestRow } from './purchase-request.entity';

export class PurchaseRequestProjection implements Projection {
  readonly name = 'purchase_requests';

  handles(type: string): boolean {
    return isPurchaseEvent({ type });
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const repo = tx.getRepository(PurchaseRequestRow);
    for (const recorded of events) {
      if (!isPurchaseEvent(recorded)) continue;
      const event = upcastCategoryCodeIn<PurchaseEvent>(recorded);
      const at = new Date(recorded.metadata.occurredAt);
      switch (event.type) {
        case 'purchase.requested.v1': {
          const d = event.data;
          const hit = d.matchedListingIds.length > 0;
          await insertOnce(tx, PurchaseRequestRow, {
            purchaseId: d.purchaseId,
            departmentId: d.departmentId,
            categoryCode: d.categoryCode,
            quantity: d.quantity,
            estimatedValueFen: String(d.estimatedValueFen),
            purpose: d.purpose,
            matchedListingIds: [...d.matchedListingIds],
            gateHit: hit,
            status: hit ? 'blocked' : 'clear',
            overrideReason: null,
            withdrawReason: null,
            requestedAt: at,
            updatedAt: at,
          });
          break;
        }
        case 'purchase.gate-overridden.v1':
          await repo.update(
            { purchaseId: event.data.purchaseId },
            { status: 'overridden', overrideReason: event.data.reason, updatedAt: at },
          );
          break;
        case 'purchase.withdrawn.v1':
          await repo.update(
            { purchaseId: event.data.purchaseId },
            { status: 'withdrawn', withdrawReason: event.data.reason, updatedAt: at },
          );
          break;
        default: {
          const unreachable: never = event;
          return unreachable;
        }
      }
    }
  }
}
