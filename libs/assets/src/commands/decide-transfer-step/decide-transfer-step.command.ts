import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';
import { DecideTransferStepRequestDto } from './decide-transfer-step.request.dto';

export class DecideTransferStepCommand extends Command<AssetCommandResult> {
  constructor(
    readonly assetId: string,
    /** The transfer whose pending step is decided, from the path. */
    readonly transferId: string,
    readonly request: DecideTransferStepRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
