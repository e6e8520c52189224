import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { chinaDate } from '@app/shared';
import { PropertyCommandResult } from '../property-command.result';
import { PropertyStreams } from '../property-streams';
import { ChangeOccupancyCommand } from './change-occupancy.command';

@CommandHandler(ChangeOccupancyCommand)
export class ChangeOccupancyHandler implements ICommandHandler<ChangeOccupancyCommand, PropertyCommandResult> {
  constructor(private readonly streams: PropertyStreams) {}

  execute({ propertyId, change, context, expectedRevision }: ChangeOccupancyCommand): Promise<PropertyCommandResult> {
    return this.streams.run(
      { kind: 'ChangeOccupancy', actor: context.actor, today: chinaDate(context.now), propertyId, ...change },
      context,
      { expectedRevision },
    );
  }
}
