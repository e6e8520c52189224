import { DynamicModule, Module, ModuleMetadata, Provider } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CloseDemandHandler } from './commands/close-demand/close-demand.handler';
import { OverridePurchaseGateHandler } from './commands/override-purchase-gate/override-purchase-gate.handler';
import { PostDemandHandler } from './commands/post-demand/post-demand.handler';
import { RequestPurchaseHandler } from './commands/request-purchase/request-purchase.handler';
import { WithdrawPurchaseHandler } from './commands/withdraw-purchase/withdraw-purchase.handler';
import { IDLE_STOCK } from './ports/idle-stock.port';

/** How the app answers the purchase gate's idle-stock question (see IdleStock). */
export interface WarehouseModuleOptions {
  readonly imports?: ModuleMetadata['imports'];
  readonly idleStock: Omit<Extract<Provider, { useFactory: unknown }>, 'provide'>;
}

/** Demand square and purchase gate: the command side. The app plugs in the idle-stock port; the category catalog module must be present. */
@Module({})
export class WarehouseModule {
  static register(options: WarehouseModuleOptions): DynamicModule {
    return {
      module: WarehouseModule,
      imports: [CqrsModule, ...(options.imports ?? [])],
      providers: [
        { provide: IDLE_STOCK, ...options.idleStock },
        PostDemandHandler,
        CloseDemandHandler,
        RequestPurchaseHandler,
        OverridePurchaseGateHandler,
        WithdrawPurchaseHandler,
      ],
    };
  }
}
