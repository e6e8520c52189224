import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { StocktakeCommandResult } from '../stocktake-command.result';
import { StocktakeCommandRunner } from '../stocktake-command.runner';
import { RecordStocktakeShortageCommand } from './record-stocktake-shortage.command';

@CommandHandler(RecordStocktakeShortageCommand)
export class RecordStocktakeShortageHandler implements ICommandHandler<RecordStocktakeShortageCommand, StocktakeCommandResult> {
  constructor(private readonly runner: StocktakeCommandRunner) {}

  execute({ stocktakeId, request, context }: RecordStocktakeShortageCommand): Promise<StocktakeCommandResult> {
    return this.runner.run(
      {
        kind: 'RecordStocktakeShortage',
        actor: context.actor,
        stocktakeId,
        now: context.now.toISOString(),
        assetId: request.assetId,
        reason: request.reason,
      },
      context,
      { assetId: request.assetId },
    );
  }
}
