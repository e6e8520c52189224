import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { chinaDate } from '@app/shared';
import { PropertyCommandResult } from '../property-command.result';
import { PropertyStreams } from '../property-streams';
import { TieSharedSpaceCommand } from './tie-shared-space.command';

@CommandHandler(TieSharedSpaceCommand)
export class TieSharedSpaceHandler implements ICommandHandler<TieSharedSpaceCommand, PropertyCommandResult> {
  constructor(private readonly streams: PropertyStreams) {}

  async execute({ propertyId, spaceId, context }: TieSharedSpaceCommand): Promise<PropertyCommandResult> {
    return this.streams.run(
      {
        kind: 'TieSharedSpace',
        actor: context.actor,
        today: chinaDate(context.now),
        propertyId,
        spaceId,
        // A room of an office building or floor is office space whatever its own use says.
        ancestors: await this.streams.ancestors(propertyId),
      },
      context,
    );
  }
}
