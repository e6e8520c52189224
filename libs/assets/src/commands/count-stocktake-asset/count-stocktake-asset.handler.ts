import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { StocktakeCommandResult } from '../stocktake-command.result';
import { StocktakeCommandRunner } from '../stocktake-command.runner';
import { StocktakeScopeSource } from '../stocktake-scope.source';
import { CountStocktakeAssetCommand } from './count-stocktake-asset.command';

@CommandHandler(CountStocktakeAssetCommand)
export class CountStocktakeAssetHandler implements ICommandHandler<CountStocktakeAssetCommand, StocktakeCommandResult> {
  constructor(
    private readonly runner: StocktakeCommandRunner,
    private readonly scope: StocktakeScopeSource,
  ) {}

  async execute({ stocktakeId, request, context }: CountStocktakeAssetCommand): Promise<StocktakeCommandResult> {
    const assetNo = request.assetNo.trim();
    const asset = await this.scope.byNumber(assetNo);
    return this.runner.run(
      {
        kind: 'CountStocktakeAsset',
        actor: context.actor,
        stocktakeId,
        now: context.now.toISOString(),
        assetNo,
        asset,
        foundAt: request.foundAt ?? null,
        method: request.method ?? 'typed',
      },
      context,
      asset ? { assetId: asset.assetId } : {},
    );
  }
}
