import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { spaceDecider } from '../../domain/space.decider';
import { spaceStreamId } from '../../domain/sharing.events';
import { SharingCommandResult, toSharingResult } from '../sharing-command.result';
import { SharingStreams } from '../sharing-streams';
import { LinkSpacePropertyCommand } from './link-space-property.command';

/** Ties a space published before the register (未关联物业), or moves it, to a property room or parcel. */
@CommandHandler(LinkSpacePropertyCommand)
export class LinkSpacePropertyHandler implements ICommandHandler<LinkSpacePropertyCommand, SharingCommandResult> {
  constructor(private readonly streams: SharingStreams) {}

  async execute({ spaceId, propertyId, context }: LinkSpacePropertyCommand): Promise<SharingCommandResult> {
    const property = await this.streams.property(propertyId);
    const result = await executeOnStream(
      this.streams.eventStore,
      spaceStreamId(spaceId),
      spaceDecider,
      { kind: 'LinkSpaceToProperty', actor: context.actor, spaceId, propertyId, property },
      context,
    );
    return toSharingResult(spaceId, result);
  }
}
