import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';

export class ExpireListingCommand extends Command<AssetCommandResult> {
  constructor(
    readonly assetId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
