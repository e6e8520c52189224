import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';

export class SelectClaimCommand extends Command<AssetCommandResult> {
  constructor(
    readonly assetId: string,
    /** The claim the releasing manager picks, from the path. */
    readonly claimId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
