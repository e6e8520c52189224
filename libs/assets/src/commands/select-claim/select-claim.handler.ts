import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AssetCommandResult } from '../asset-command.result';
import { AssetCommandRunner, derivedId } from '../asset-command.runner';
import { SelectClaimCommand } from './select-claim.command';

@CommandHandler(SelectClaimCommand)
export class SelectClaimHandler implements ICommandHandler<SelectClaimCommand, AssetCommandResult> {
  constructor(private readonly runner: AssetCommandRunner) {}

  execute({ assetId, claimId, context }: SelectClaimCommand): Promise<AssetCommandResult> {
    return this.runner.run(
      {
        kind: 'SelectClaim',
        actor: context.actor,
        assetId,
        now: context.now.toISOString(),
        claimId,
        transferId: derivedId(context, 'transfer'),
      },
      context,
    );
  }
}
