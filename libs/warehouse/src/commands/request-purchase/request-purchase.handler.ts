import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CategoryTableSource } from '@app/assets';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { purchaseDecider, PurchaseCommand } from '../../domain/purchase.decider';
import { purchaseStreamId } from '../../domain/warehouse-requests.events';
import { toResult } from '../purchase-result';
import { WarehouseRequestResult } from '../request.result';
import { IDLE_STOCK, IdleStock } from '../../ports/idle-stock.port';
import { newRequestId } from '../request-ids';
import { RequestPurchaseCommand } from './request-purchase.command';

/** The gate asks for idle stock first (see IdleStock for how fresh that answer is), then the pure decider records what it found. */
@CommandHandler(RequestPurchaseCommand)
export class RequestPurchaseHandler implements ICommandHandler<RequestPurchaseCommand, WarehouseRequestResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly tables: CategoryTableSource,
    @Inject(IDLE_STOCK) private readonly idleStock: IdleStock,
  ) {}

  async execute({ request, context }: RequestPurchaseCommand): Promise<WarehouseRequestResult> {
    const categories = await this.tables.catalog();
    const purchaseId = newRequestId(context.commandId, 'purchase');
    const matches = categories.resolve(request.categoryCode)
      ? await this.idleStock.openListingsOf(request.categoryCode, context.actor, context.now)
      : [];
    const command: PurchaseCommand = {
      kind: 'RequestPurchase',
      actor: context.actor,
      purchaseId,
      categoryCode: request.categoryCode,
      quantity: request.quantity,
      estimatedValueFen: request.estimatedValueFen,
      purpose: request.purpose,
      matchedListingIds: matches.map((m) => m.listingId),
      overrideReason: request.overrideReason ?? null,
    };
    return toResult(
      purchaseId,
      await executeOnStream(this.store, purchaseStreamId(purchaseId), purchaseDecider(categories), command, context),
    );
  }
}
