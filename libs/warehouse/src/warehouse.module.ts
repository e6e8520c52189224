import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AssetsModule } from '@app/assets';
import { ReadModelsModule } from '@app/read-models/read-models.module';
import { CloseDemandHandler } from './commands/close-demand/close-demand.handler';
import { OverridePurchaseGateHandler } from './commands/override-purchase-gate/override-purchase-gate.handler';
import { PostDemandHandler } from './commands/post-demand/post-demand.handler';
import { RequestPurchaseHandler } from './commands/request-purchase/request-purchase.handler';
import { WithdrawPurchaseHandler } from './commands/withdraw-purchase/withdraw-purchase.handler';

@Module({
  imports: [CqrsModule, AssetsModule, ReadModelsModule],
  providers: [PostDemandHandler, CloseDemandHandler, RequestPurchaseHandler, OverridePurchaseGateHandler, WithdrawPurchaseHandler],
})
export class WarehouseModule {}
