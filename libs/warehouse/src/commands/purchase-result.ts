import { ExecuteResult } from '@app/platform/cqrs/execute-on-stream';
import { PurchaseEvent } from '../domain/warehouse-requests.events';
import { WarehouseRequestResult } from './request.result';

export function toResult(purchaseId: string, result: ExecuteResult<PurchaseEvent>): WarehouseRequestResult {
  const requested = result.events.find((e) => e.type === 'purchase.requested.v1');
  const overridden = result.events.some((e) => e.type === 'purchase.gate-overridden.v1');
  const matched = requested?.type === 'purchase.requested.v1' ? [...requested.data.matchedListingIds] : undefined;
  return {
    id: purchaseId,
    revision: result.revision.toString(),
    events: result.events.map((e) => e.type),
    replayed: result.replayed,
    ...(matched
      ? { matchedListingIds: matched, gate: overridden ? 'overridden' : matched.length > 0 ? 'blocked' : 'clear' }
      : overridden
        ? { gate: 'overridden' }
        : {}),
  };
}
