import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CategoryCatalog } from '@app/assets';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { purchaseDecider, PurchaseCommand } from '../../domain/purchase.decider';
import { purchaseStreamId } from '../../domain/warehouse-requests.events';
import { toResult } from '../purchase-result';
import { WarehouseRequestResult } from '../request.result';
import { OverridePurchaseGateCommand } from './override-purchase-gate.command';

@CommandHandler(OverridePurchaseGateCommand)
export class OverridePurchaseGateHandler implements ICommandHandler<OverridePurchaseGateCommand, WarehouseRequestResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly categories: CategoryCatalog,
  ) {}

  async execute({ purchaseId, request, context }: OverridePurchaseGateCommand): Promise<WarehouseRequestResult> {
    const command: PurchaseCommand = { kind: 'OverridePurchaseGate', actor: context.actor, purchaseId, reason: request.reason };
    return toResult(
      purchaseId,
      await executeOnStream(this.store, purchaseStreamId(purchaseId), purchaseDecider(this.categories), command, context),
    );
  }
}
