import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';
import { ClaimAssetRequestDto } from './claim-asset.request.dto';

export class ClaimAssetCommand extends Command<AssetCommandResult> {
  constructor(
    readonly assetId: string,
    readonly request: ClaimAssetRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
