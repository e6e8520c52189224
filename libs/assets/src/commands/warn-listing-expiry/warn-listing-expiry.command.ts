import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';

/** 到期提醒: tells the owner a listing ends soon; raised by the expiry sweep as the system. */
export class WarnListingExpiryCommand extends Command<AssetCommandResult> {
  constructor(
    readonly assetId: string,
    readonly listingId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
