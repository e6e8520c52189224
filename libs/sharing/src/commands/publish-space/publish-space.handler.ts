import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SharingCommandResult, toSharingResult } from '../sharing-command.result';
import { derived, SharingStreams } from '../sharing-streams';
import { SpaceOnProperty } from '../space-on-property';
import { PublishSpaceCommand } from './publish-space.command';

@CommandHandler(PublishSpaceCommand)
export class PublishSpaceHandler implements ICommandHandler<PublishSpaceCommand, SharingCommandResult> {
  constructor(
    private readonly streams: SharingStreams,
    private readonly onProperty: SpaceOnProperty,
  ) {}

  async execute({ request, context }: PublishSpaceCommand): Promise<SharingCommandResult> {
    const spaceId = derived(context, 'space');
    const propertyId = request.propertyId ?? null;
    const property = propertyId ? await this.streams.property(propertyId) : null;
    // On a property, the property's stream records the tie first (the office rule): see SpaceOnProperty.
    const result = await this.onProperty.write(
      {
        kind: 'PublishSpace',
        actor: context.actor,
        spaceId,
        name: request.name,
        spaceKind: request.kind,
        location: request.location,
        audiences: [...new Set(request.audiences)],
        approval: request.approval,
        schedule: { ...request.schedule, windows: request.schedule.windows.map((w) => ({ ...w })) },
        propertyId,
        property,
      },
      propertyId,
      context,
    );
    return toSharingResult(spaceId, result);
  }
}
