import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';
import { ListAssetRequestDto } from './list-asset.request.dto';

export class ListAssetCommand extends Command<AssetCommandResult> {
  constructor(
    readonly assetId: string,
    readonly request: ListAssetRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
