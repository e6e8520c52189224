import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CategoryCatalog } from '@app/assets';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { executeOnStream, ExecuteResult } from '@app/platform/cqrs/execute-on-stream';
import { MarketplaceQueries } from '@app/read-models/marketplace/marketplace.queries';
import { purchaseDecider, PurchaseCommand } from '../domain/purchase.decider';
import { PurchaseEvent, purchaseStreamId } from '../domain/warehouse-requests.events';
import { newRequestId } from './demand.handlers';
import { WarehouseRequestResult } from './request.result';
import { OverridePurchaseGateCommand, RequestPurchaseCommand, WithdrawPurchaseCommand } from './warehouse-request.commands';

function toResult(purchaseId: string, result: ExecuteResult<PurchaseEvent>): WarehouseRequestResult {
  const requested = result.events.find((e) => e.type === 'purchase.requested.v1');
  const overridden = result.events.some((e) => e.type === 'purchase.gate-overridden.v1');
  const matched = requested?.type === 'purchase.requested.v1' ? [...requested.data.matchedListingIds] : undefined;
  return {
    id: purchaseId,
    revision: result.revision.toString(),
    events: result.events.map((e) => e.type),
    replayed: result.replayed,
    ...(matched ? { matchedListingIds: matched, gate: overridden ? 'overridden' : matched.length > 0 ? 'blocked' : 'clear' } : overridden ? { gate: 'overridden' } : {}),
  };
}

/** The gate looks in the warehouse read model first, then the pure decider records what it found. */
@CommandHandler(RequestPurchaseCommand)
export class RequestPurchaseHandler implements ICommandHandler<RequestPurchaseCommand, WarehouseRequestResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly categories: CategoryCatalog,
    private readonly marketplace: MarketplaceQueries,
  ) {}

  async execute({ request, context }: RequestPurchaseCommand): Promise<WarehouseRequestResult> {
    const purchaseId = newRequestId(context.commandId, 'purchase');
    const matches = this.categories.resolve(request.categoryCode)
      ? await this.marketplace.openOfCategory(request.categoryCode, context.actor.departmentId, context.now)
      : [];
    const command: PurchaseCommand = {
      kind: 'RequestPurchase', actor: context.actor, purchaseId, categoryCode: request.categoryCode, quantity: request.quantity,
      estimatedValueFen: request.estimatedValueFen, purpose: request.purpose, matchedListingIds: matches.map((m) => m.listingId), overrideReason: request.overrideReason ?? null,
    };
    return toResult(purchaseId, await executeOnStream(this.store, purchaseStreamId(purchaseId), purchaseDecider(this.categories), command, context));
  }
}

@CommandHandler(OverridePurchaseGateCommand)
export class OverridePurchaseGateHandler implements ICommandHandler<OverridePurchaseGateCommand, WarehouseRequestResult> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, private readonly categories: CategoryCatalog) {}

  async execute({ purchaseId, request, context }: OverridePurchaseGateCommand): Promise<WarehouseRequestResult> {
    const command: PurchaseCommand = { kind: 'OverridePurchaseGate', actor: context.actor, purchaseId, reason: request.reason };
    return toResult(purchaseId, await executeOnStream(this.store, purchaseStreamId(purchaseId), purchaseDecider(this.categories), command, context));
  }
}

@CommandHandler(WithdrawPurchaseCommand)
export class WithdrawPurchaseHandler implements ICommandHandler<WithdrawPurchaseCommand, WarehouseRequestResult> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, private readonly categories: CategoryCatalog) {}

  async execute({ purchaseId, request, context }: WithdrawPurchaseCommand): Promise<WarehouseRequestResult> {
    const command: PurchaseCommand = { kind: 'WithdrawPurchase', actor: context.actor, purchaseId, reason: request.reason };
    return toResult(purchaseId, await executeOnStream(this.store, purchaseStreamId(purchaseId), purchaseDecider(this.categories), command, context));
  }
}
