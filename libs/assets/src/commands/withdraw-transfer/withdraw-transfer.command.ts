import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';
import { WithdrawTransferRequestDto } from './withdraw-transfer.request.dto';

export class WithdrawTransferCommand extends Command<AssetCommandResult> {
  constructor(
    readonly assetId: string,
    /** The transfer to withdraw, from the path. */
    readonly transferId: string,
    readonly request: WithdrawTransferRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
