import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FileStore } from '@app/platform/files/file-store';
import { AssetError } from '../../domain/asset.errors';
import { PhotoRef } from '../../domain/reallocation.events';
import { derivedId } from '../asset-command.runner';
import { DisposalCommandResult } from '../disposal-command.result';
import { DisposalCommandRunner } from '../disposal-command.runner';
import { RequestDisposalCommand } from './request-disposal.command';

@CommandHandler(RequestDisposalCommand)
export class RequestDisposalHandler implements ICommandHandler<RequestDisposalCommand, DisposalCommandResult> {
  constructor(
    private readonly runner: DisposalCommandRunner,
    private readonly files: FileStore,
  ) {}

  async execute({ request, context }: RequestDisposalCommand): Promise<DisposalCommandResult> {
    const photos: PhotoRef[] = [];
    for (const fileId of request.photoIds ?? []) {
      const stored = await this.files.describe(fileId);
      if (!stored) throw new AssetError('PHOTO_NOT_FOUND', `no uploaded file ${fileId}`, { field: 'photoIds', value: fileId });
      photos.push({ fileId, contentType: stored.contentType, size: stored.size });
    }
    const assets = await this.runner.loadAssets([...new Set(request.assetIds)]);
    if (assets.length !== request.assetIds.length) {
      throw new AssetError('INVALID_DISPOSAL_FIELD', '同一资产不能重复列入', { field: 'assetIds' });
    }
    return this.runner.run(
      {
        kind: 'RequestDisposal',
        actor: context.actor,
        disposalId: derivedId(context, 'disposal'),
        now: context.now.toISOString(),
        disposalKind: request.kind,
        reason: request.reason,
        counterparty: request.counterparty ?? null,
        photos,
        assets,
      },
      context,
    );
  }
}
