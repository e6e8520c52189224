import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AssetCommandResult } from '../asset-command.result';
import { AssetCommandRunner } from '../asset-command.runner';
import { WithdrawListingCommand } from './withdraw-listing.command';

@CommandHandler(WithdrawListingCommand)
export class WithdrawListingHandler implements ICommandHandler<WithdrawListingCommand, AssetCommandResult> {
  constructor(private readonly runner: AssetCommandRunner) {}

  execute({ assetId, request, context }: WithdrawListingCommand): Promise<AssetCommandResult> {
    return this.runner.run(
      { kind: 'WithdrawListing', actor: context.actor, assetId, now: context.now.toISOString(), reason: request.reason },
      context,
    );
  }
}
