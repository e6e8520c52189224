import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { chinaDate } from '@app/shared';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { CategoryCatalog } from '../../categories/category-catalog';
import { assetDecider } from '../../domain/asset.decider';
import { assetStreamId } from '../../domain/asset.events';
import { AssetCommandResult, toAssetCommandResult } from '../asset-command.result';
import { assetIdFor, RegisterAssetCommand } from './register-asset.command';

@CommandHandler(RegisterAssetCommand)
export class RegisterAssetHandler implements ICommandHandler<RegisterAssetCommand, AssetCommandResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly categories: CategoryCatalog,
  ) {}

  async execute({ request, context }: RegisterAssetCommand): Promise<AssetCommandResult> {
    const { assetNo, departmentId, ...card } = request;
    const assetId = assetIdFor(assetNo);
    const result = await executeOnStream(
      this.store,
      assetStreamId(assetId),
      assetDecider({ categories: this.categories }),
      {
        kind: 'RegisterAsset',
        actor: context.actor,
        today: chinaDate(context.now),
        assetId,
        assetNo,
        departmentId,
        card: { ...card, brand: card.brand ?? null, specification: card.specification ?? null },
      },
      context,
    );
    return toAssetCommandResult(assetId, result);
  }
}
