import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { WarehouseRequestResult } from '../request.result';
import { ReasonRequestDto } from '../reason.request.dto';

export class OverridePurchaseGateCommand extends Command<WarehouseRequestResult> {
  constructor(
    readonly purchaseId: string,
    readonly request: ReasonRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
