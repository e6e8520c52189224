import { EntityManager } from 'typeorm';
import { classCodeOf, majorCodeOf, upcastCategoryCodeIn } from '@app/assets';
import { RecordedEvent } from '@app/event-store';
import { DemandEvent, isDemandEvent } from '@app/warehouse/domain/warehouse-requests.events';
import { insertOnce } from '../insert-once';
import { Projection } from '../projection';
import { DemandRow } from './demand.entity';

export class DemandProjection implements Projection {
  readonly name = 'demands';

  handles(type: string): boolean {
    return isDemandEvent({ type });
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const repo = tx.getRepository(DemandRow);
    for (const recorded of events) {
      if (!isDemandEvent(recorded)) continue;
      const event = upcastCategoryCodeIn<DemandEvent>(recorded);
      switch (event.type) {
        case 'demand.posted.v1': {
          const d = event.data;
          await insertOnce(tx, DemandRow, {
            demandId: d.demandId,
            departmentId: d.departmentId,
            categoryCode: d.categoryCode,
            categoryClass: classCodeOf(d.categoryCode),
            categoryMajor: majorCodeOf(d.categoryCode),
            quantity: d.quantity,
            purpose: d.purpose,
            neededBy: d.neededBy,
            status: 'open',
            closeReason: null,
            postedAt: new Date(recorded.metadata.occurredAt),
          });
          break;
        }
        case 'demand.closed.v1':
          await repo.update({ demandId: event.data.demandId }, { status: 'closed', closeReason: event.data.reason });
          break;
        default: {
          const unreachable: never = event;
          return unreachable;
        }
      }
    }
  }
}
