import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { StocktakeCommandResult } from '../stocktake-command.result';
import { RecordStocktakeShortageRequestDto } from './record-stocktake-shortage.request.dto';

export class RecordStocktakeShortageCommand extends Command<StocktakeCommandResult> {
  constructor(
    readonly stocktakeId: string,
    readonly request: RecordStocktakeShortageRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
