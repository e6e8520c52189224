import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { WarehouseRequestResult } from './request.result';
import { PostDemandRequestDto } from './post-demand/post-demand.request.dto';
import { ReasonRequestDto } from './reason.request.dto';
import { RequestPurchaseRequestDto } from './request-purchase/request-purchase.request.dto';

export class PostDemandCommand extends Command<WarehouseRequestResult> {
  constructor(readonly request: PostDemandRequestDto, readonly context: CommandContext) {
    super();
  }
}

export class CloseDemandCommand extends Command<WarehouseRequestResult> {
  constructor(readonly demandId: string, readonly request: ReasonRequestDto, readonly context: CommandContext) {
    super();
  }
}

export class RequestPurchaseCommand extends Command<WarehouseRequestResult> {
  constructor(readonly request: RequestPurchaseRequestDto, readonly context: CommandContext) {
    super();
  }
}

export class OverridePurchaseGateCommand extends Command<WarehouseRequestResult> {
  constructor(readonly purchaseId: string, readonly request: ReasonRequestDto, readonly context: CommandContext) {
    super();
  }
}

export class WithdrawPurchaseCommand extends Command<WarehouseRequestResult> {
  constructor(readonly purchaseId: string, readonly request: ReasonRequestDto, readonly context: CommandContext) {
    super();
  }
}
