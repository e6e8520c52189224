import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { chinaDate } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';
import { AssetCommandRunner } from '../asset-command.runner';
import { CorrectAssetCommand } from './correct-asset.command';

@CommandHandler(CorrectAssetCommand)
export class CorrectAssetHandler implements ICommandHandler<CorrectAssetCommand, AssetCommandResult> {
  constructor(private readonly runner: AssetCommandRunner) {}

  execute({ assetId, request, context, expectedRevision }: CorrectAssetCommand): Promise<AssetCommandResult> {
    const { reason, ...changes } = request;
    return this.runner.run(
      { kind: 'CorrectAsset', actor: context.actor, today: chinaDate(context.now), assetId, changes, reason },
      context,
      { expectedRevision },
    );
  }
}
