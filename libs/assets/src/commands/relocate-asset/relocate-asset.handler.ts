import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { CategoryCatalog } from '../../categories/category-catalog';
import { assetDecider } from '../../domain/asset.decider';
import { assetStreamId } from '../../domain/asset.events';
import { AssetCommandResult, toAssetCommandResult } from '../asset-command.result';
import { RelocateAssetCommand } from './relocate-asset.command';

@CommandHandler(RelocateAssetCommand)
export class RelocateAssetHandler implements ICommandHandler<RelocateAssetCommand, AssetCommandResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly categories: CategoryCatalog,
  ) {}

  async execute({ assetId, request, context, expectedRevision }: RelocateAssetCommand): Promise<AssetCommandResult> {
    const result = await executeOnStream(
      this.store,
      assetStreamId(assetId),
      assetDecider({ categories: this.categories }),
      {
        kind: 'RelocateAsset',
        actor: context.actor,
        assetId,
        location: request.location,
        custodian: request.custodian ?? null,
        reason: request.reason ?? null,
      },
      context,
      { expectedRevision },
    );
    return toAssetCommandResult(assetId, result);
  }
}
