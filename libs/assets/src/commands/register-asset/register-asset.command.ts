import { Command } from '@nestjs/cqrs';
import { v5 as uuidv5 } from 'uuid';
import { CommandContext } from '@app/shared';
import { AssetCommandResult } from '../asset-command.result';
import { RegisterAssetRequestDto } from './register-asset.request.dto';

const ASSET_ID_NAMESPACE = '2b0d7b3e-8f0a-4c8e-9d55-6e1f3a7c9b42';

/** An asset's id follows from its number, so registering the same number twice meets the same stream. */
export function assetIdFor(assetNo: string): string {
  return uuidv5(assetNo, ASSET_ID_NAMESPACE);
}

export class RegisterAssetCommand extends Command<AssetCommandResult> {
  constructor(
    readonly request: RegisterAssetRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
