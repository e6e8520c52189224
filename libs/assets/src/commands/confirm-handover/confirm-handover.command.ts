import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';
import { ConfirmHandoverRequestDto } from './confirm-handover.request.dto';

export class ConfirmHandoverCommand extends Command<AssetCommandResult> {
  constructor(
    readonly assetId: string,
    /** The transfer whose handover is confirmed; the side follows from who confirms. */
    readonly transferId: string,
    readonly request: ConfirmHandoverRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
