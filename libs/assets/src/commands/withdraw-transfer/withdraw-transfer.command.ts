import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';
import { WithdrawTransferRequestDto } from './withdraw-transfer.request.dto';

export class WithdrawTransferCommand extends Command<AssetCommandResult> {
  constructor(
    readonly assetId: string,
    readonly request: WithdrawTransferRequestDto,
    readonly context: CommandContext,
    readonly subjectId: string | null = null,
  ) {
    super();
  }
}
