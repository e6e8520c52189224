import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { chinaDate } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';
import { AssetCommandRunner } from '../asset-command.runner';
import { assetIdFor, RegisterAssetCommand } from './register-asset.command';

@CommandHandler(RegisterAssetCommand)
export class RegisterAssetHandler implements ICommandHandler<RegisterAssetCommand, AssetCommandResult> {
  constructor(private readonly runner: AssetCommandRunner) {}

  execute({ request, context }: RegisterAssetCommand): Promise<AssetCommandResult> {
    const { assetNo, departmentId, ...card } = request;
    return this.runner.run(
      {
        kind: 'RegisterAsset',
        actor: context.actor,
        today: chinaDate(context.now),
        assetId: assetIdFor(assetNo),
        assetNo,
        departmentId,
        card: {
          ...card,
          brand: card.brand ?? null,
          specification: card.specification ?? null,
          accumulatedDepreciationFen: card.accumulatedDepreciationFen ?? 0,
          usage: card.usage ?? null,
        },
      },
      context,
      // The asset number is new almost always; a taken one costs a second round trip and is refused as before.
      { likelyNewStream: true },
    );
  }
}
