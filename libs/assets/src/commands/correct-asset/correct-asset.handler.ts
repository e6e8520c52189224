import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { chinaDate } from '@app/shared';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { CategoryCatalog } from '../../categories/category-catalog';
import { assetDecider } from '../../domain/asset.decider';
import { assetStreamId } from '../../domain/asset.events';
import { AssetCommandResult, toAssetCommandResult } from '../asset-command.result';
import { CorrectAssetCommand } from './correct-asset.command';

@CommandHandler(CorrectAssetCommand)
export class CorrectAssetHandler implements ICommandHandler<CorrectAssetCommand, AssetCommandResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly categories: CategoryCatalog,
  ) {}

  async execute({ assetId, request, context, expectedRevision }: CorrectAssetCommand): Promise<AssetCommandResult> {
    const { reason, ...changes } = request;
    const result = await executeOnStream(
      this.store,
      assetStreamId(assetId),
      assetDecider({ categories: this.categories }),
      { kind: 'CorrectAsset', actor: context.actor, today: chinaDate(context.now), assetId, changes, reason },
      context,
      { expectedRevision },
    );
    return toAssetCommandResult(assetId, result);
  }
}
