import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { StocktakeCommandResult } from '../stocktake-command.result';
import { CloseStocktakeRequestDto } from './close-stocktake.request.dto';

export class CloseStocktakeCommand extends Command<StocktakeCommandResult> {
  constructor(
    readonly stocktakeId: string,
    readonly request: CloseStocktakeRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
