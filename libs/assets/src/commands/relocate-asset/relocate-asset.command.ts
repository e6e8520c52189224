import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';
import { RelocateAssetRequestDto } from './relocate-asset.request.dto';

export class RelocateAssetCommand extends Command<AssetCommandResult> {
  constructor(
    readonly assetId: string,
    readonly request: RelocateAssetRequestDto,
    readonly context: CommandContext,
    readonly expectedRevision?: bigint,
  ) {
    super();
  }
}
