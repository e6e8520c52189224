import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FileStore } from '@app/platform/files/file-store';
import { AssetError } from '../../domain/asset.errors';
import { PhotoRef } from '../../domain/reallocation.events';
import { AssetCommandResult } from '../asset-command.result';
import { AssetCommandRunner, derivedId } from '../asset-command.runner';
import { ListAssetCommand } from './list-asset.command';

@CommandHandler(ListAssetCommand)
export class ListAssetHandler implements ICommandHandler<ListAssetCommand, AssetCommandResult> {
  constructor(
    private readonly runner: AssetCommandRunner,
    private readonly files: FileStore,
  ) {}

  async execute({ assetId, request, context }: ListAssetCommand): Promise<AssetCommandResult> {
    const photos: PhotoRef[] = [];
    for (const fileId of request.photoIds ?? []) {
      const stored = await this.files.describe(fileId);
      if (!stored) throw new AssetError('PHOTO_NOT_FOUND', `no uploaded file ${fileId}`, { field: 'photoIds', value: fileId });
      photos.push({ fileId, contentType: stored.contentType, size: stored.size });
    }
    return this.runner.run(
      {
        kind: 'ListAsset',
        actor: context.actor,
        assetId,
        now: context.now.toISOString(),
        listingId: derivedId(context, 'listing'),
        description: request.description,
        condition: request.condition,
        photos,
        pickupLocation: request.pickupLocation,
        claimMode: request.claimMode ?? 'manager_picks',
        // Normalised to UTC so that the decider compares instants, not spellings.
        internalUntil: request.internalUntil ? new Date(request.internalUntil).toISOString() : null,
        advertiseUntil: new Date(request.advertiseUntil).toISOString(),
      },
      context,
    );
  }
}
