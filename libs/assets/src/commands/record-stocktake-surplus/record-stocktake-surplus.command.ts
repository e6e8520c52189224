import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { RegisterAssetRequestDto } from '../register-asset/register-asset.request.dto';
import { StocktakeCommandResult } from '../stocktake-command.result';

/** 盘盈: the card to register for an asset found with none, as any registration takes it. */
export class RecordStocktakeSurplusCommand extends Command<StocktakeCommandResult> {
  constructor(
    readonly stocktakeId: string,
    readonly request: RegisterAssetRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
