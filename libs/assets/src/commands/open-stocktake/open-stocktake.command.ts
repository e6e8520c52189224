import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { StocktakeCommandResult } from '../stocktake-command.result';
import { OpenStocktakeRequestDto } from './open-stocktake.request.dto';

export class OpenStocktakeCommand extends Command<StocktakeCommandResult> {
  constructor(
    readonly request: OpenStocktakeRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
