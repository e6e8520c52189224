import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';
import { ConfirmHandoverRequestDto } from './confirm-handover.request.dto';

export class ConfirmHandoverCommand extends Command<AssetCommandResult> {
  constructor(
    readonly assetId: string,
    readonly request: ConfirmHandoverRequestDto,
    readonly context: CommandContext,
    readonly subjectId: string | null = null,
  ) {
    super();
  }
}
