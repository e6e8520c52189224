import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AssetCommandResult } from '../asset-command.result';
import { AssetCommandRunner } from '../asset-command.runner';
import { ExpireListingCommand } from './expire-listing.command';

@CommandHandler(ExpireListingCommand)
export class ExpireListingHandler implements ICommandHandler<ExpireListingCommand, AssetCommandResult> {
  constructor(private readonly runner: AssetCommandRunner) {}

  execute({ assetId, context }: ExpireListingCommand): Promise<AssetCommandResult> {
    return this.runner.run({ kind: 'ExpireListing', actor: context.actor, assetId, now: context.now.toISOString() }, context);
  }
}
