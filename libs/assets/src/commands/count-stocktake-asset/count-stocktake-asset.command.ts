import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { StocktakeCommandResult } from '../stocktake-command.result';
import { CountStocktakeAssetRequestDto } from './count-stocktake-asset.request.dto';

export class CountStocktakeAssetCommand extends Command<StocktakeCommandResult> {
  constructor(
    readonly stocktakeId: string,
    readonly request: CountStocktakeAssetRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
