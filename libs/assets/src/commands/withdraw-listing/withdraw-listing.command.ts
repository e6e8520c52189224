import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';
import { WithdrawListingRequestDto } from './withdraw-listing.request.dto';

export class WithdrawListingCommand extends Command<AssetCommandResult> {
  constructor(
    readonly assetId: string,
    readonly request: WithdrawListingRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
