import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { StocktakeCommandResult } from '../stocktake-command.result';
import { StocktakeCommandRunner } from '../stocktake-command.runner';
import { CloseStocktakeCommand } from './close-stocktake.command';

@CommandHandler(CloseStocktakeCommand)
export class CloseStocktakeHandler implements ICommandHandler<CloseStocktakeCommand, StocktakeCommandResult> {
  constructor(private readonly runner: StocktakeCommandRunner) {}

  execute({ stocktakeId, request, context }: CloseStocktakeCommand): Promise<StocktakeCommandResult> {
    return this.runner.run(
      { kind: 'CloseStocktake', actor: context.actor, stocktakeId, now: context.now.toISOString(), opinion: request.opinion },
      context,
    );
  }
}
