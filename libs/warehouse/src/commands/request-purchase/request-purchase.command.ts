import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { WarehouseRequestResult } from '../request.result';
import { RequestPurchaseRequestDto } from './request-purchase.request.dto';

export class RequestPurchaseCommand extends Command<WarehouseRequestResult> {
  constructor(
    readonly request: RequestPurchaseRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
