import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AssetsModule } from '@app/assets';
import { ReadModelsModule } from '@app/read-models/read-models.module';
import { CloseDemandHandler, PostDemandHandler } from './commands/demand.handlers';
import { OverridePurchaseGateHandler, RequestPurchaseHandler, WithdrawPurchaseHandler } from './commands/purchase.handlers';

@Module({
  imports: [CqrsModule, AssetsModule, ReadModelsModule],
  providers: [PostDemandHandler, CloseDemandHandler, RequestPurchaseHandler, OverridePurchaseGateHandler, WithdrawPurchaseHandler],
})
export class WarehouseModule {}
