import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';
import { LendAssetRequestDto } from './lend-asset.request.dto';

export class LendAssetCommand extends Command<AssetCommandResult> {
  constructor(
    readonly assetId: string,
    readonly request: LendAssetRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
