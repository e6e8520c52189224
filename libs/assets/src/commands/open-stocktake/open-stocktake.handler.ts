import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { derivedId } from '../asset-command.runner';
import { StocktakeCommandResult } from '../stocktake-command.result';
import { StocktakeCommandRunner } from '../stocktake-command.runner';
import { StocktakeScopeSource } from '../stocktake-scope.source';
import { OpenStocktakeCommand } from './open-stocktake.command';

@CommandHandler(OpenStocktakeCommand)
export class OpenStocktakeHandler implements ICommandHandler<OpenStocktakeCommand, StocktakeCommandResult> {
  constructor(
    private readonly runner: StocktakeCommandRunner,
    private readonly scope: StocktakeScopeSource,
  ) {}

  async execute({ request, context }: OpenStocktakeCommand): Promise<StocktakeCommandResult> {
    const location = request.location?.trim() || null;
    // Fixed now: a card registered or moved in later is "found elsewhere" or a surplus, as on paper.
    const expected = await this.scope.inScope(request.departmentId, location);
    return this.runner.run(
      {
        kind: 'OpenStocktake',
        actor: context.actor,
        stocktakeId: derivedId(context, 'stocktake'),
        now: context.now.toISOString(),
        title: request.title,
        departmentId: request.departmentId,
        location,
        expected,
      },
      context,
    );
  }
}
