import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AssetCommandResult } from '../asset-command.result';
import { AssetCommandRunner } from '../asset-command.runner';
import { RelocateAssetCommand } from './relocate-asset.command';

@CommandHandler(RelocateAssetCommand)
export class RelocateAssetHandler implements ICommandHandler<RelocateAssetCommand, AssetCommandResult> {
  constructor(private readonly runner: AssetCommandRunner) {}

  execute({ assetId, request, context, expectedRevision }: RelocateAssetCommand): Promise<AssetCommandResult> {
    return this.runner.run(
      {
        kind: 'RelocateAsset',
        actor: context.actor,
        assetId,
        location: request.location,
        custodian: request.custodian ?? null,
        reason: request.reason ?? null,
      },
      context,
      { expectedRevision },
    );
  }
}
