import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { spaceDecider } from '../../domain/space.decider';
import { spaceStreamId } from '../../domain/sharing.events';
import { SharingCommandResult, toSharingResult } from '../sharing-command.result';
import { derived, SharingStreams } from '../sharing-streams';
import { PublishSpaceCommand } from './publish-space.command';

@CommandHandler(PublishSpaceCommand)
export class PublishSpaceHandler implements ICommandHandler<PublishSpaceCommand, SharingCommandResult> {
  constructor(private readonly streams: SharingStreams) {}

  async execute({ request, context }: PublishSpaceCommand): Promise<SharingCommandResult> {
    const spaceId = derived(context, 'space');
    const propertyId = request.propertyId ?? null;
    const property = propertyId ? await this.streams.property(propertyId) : null;
    const result = await executeOnStream(
      this.streams.eventStore,
      spaceStreamId(spaceId),
      spaceDecider,
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
      context,
    );
    return toSharingResult(spaceId, result);
  }
}
