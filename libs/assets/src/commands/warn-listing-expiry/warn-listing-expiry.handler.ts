import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AssetCommandResult } from '../asset-command.result';
import { AssetCommandRunner } from '../asset-command.runner';
import { WarnListingExpiryCommand } from './warn-listing-expiry.command';

@CommandHandler(WarnListingExpiryCommand)
export class WarnListingExpiryHandler implements ICommandHandler<WarnListingExpiryCommand, AssetCommandResult> {
  constructor(private readonly runner: AssetCommandRunner) {}

  execute({ assetId, listingId, context }: WarnListingExpiryCommand): Promise<AssetCommandResult> {
    return this.runner.run(
      { kind: 'WarnListingExpiry', actor: context.actor, assetId, listingId, now: context.now.toISOString() },
      context,
    );
  }
}
