import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';
import { CorrectAssetRequestDto } from './correct-asset.request.dto';

export class CorrectAssetCommand extends Command<AssetCommandResult> {
  constructor(
    readonly assetId: string,
    readonly request: CorrectAssetRequestDto,
    readonly context: CommandContext,
    readonly expectedRevision?: bigint,
  ) {
    super();
  }
}
