import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SharingCommandResult, toSharingResult } from '../sharing-command.result';
import { SharingStreams } from '../sharing-streams';
import { SpaceOnProperty } from '../space-on-property';
import { LinkSpacePropertyCommand } from './link-space-property.command';

/** Ties a space published before the register (未关联物业), or moves it, to a property room or parcel. */
@CommandHandler(LinkSpacePropertyCommand)
export class LinkSpacePropertyHandler implements ICommandHandler<LinkSpacePropertyCommand, SharingCommandResult> {
  constructor(
    private readonly streams: SharingStreams,
    private readonly onProperty: SpaceOnProperty,
  ) {}

  async execute({ spaceId, propertyId, context }: LinkSpacePropertyCommand): Promise<SharingCommandResult> {
    const property = await this.streams.property(propertyId);
    // The new property records the tie first, the space moves, then the old property lets it go: see SpaceOnProperty.
    const result = await this.onProperty.write(
      { kind: 'LinkSpaceToProperty', actor: context.actor, spaceId, propertyId, property },
      propertyId,
      context,
    );
    return toSharingResult(spaceId, result);
  }
}
