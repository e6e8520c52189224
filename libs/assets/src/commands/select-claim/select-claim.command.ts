import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';
import { SelectClaimRequestDto } from './select-claim.request.dto';

export class SelectClaimCommand extends Command<AssetCommandResult> {
  constructor(
    readonly assetId: string,
    readonly request: SelectClaimRequestDto,
    readonly context: CommandContext,
    readonly subjectId: string | null = null,
  ) {
    super();
  }
}
