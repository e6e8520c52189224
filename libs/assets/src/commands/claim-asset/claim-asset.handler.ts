import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AssetCommandResult } from '../asset-command.result';
import { AssetCommandRunner, derivedId } from '../asset-command.runner';
import { ClaimAssetCommand } from './claim-asset.command';

@CommandHandler(ClaimAssetCommand)
export class ClaimAssetHandler implements ICommandHandler<ClaimAssetCommand, AssetCommandResult> {
  constructor(private readonly runner: AssetCommandRunner) {}

  execute({ assetId, request, context }: ClaimAssetCommand): Promise<AssetCommandResult> {
    return this.runner.run(
      {
        kind: 'ClaimAsset',
        actor: context.actor,
        assetId,
        now: context.now.toISOString(),
        claimId: derivedId(context, 'claim'),
        transferId: derivedId(context, 'transfer'),
        justification: request.justification,
      },
      context,
    );
  }
}
