import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { chinaDate } from '@app/shared';
import { PropertyCommandResult } from '../property-command.result';
import { PropertyStreams } from '../property-streams';
import { UntieSharedSpaceCommand } from './untie-shared-space.command';

@CommandHandler(UntieSharedSpaceCommand)
export class UntieSharedSpaceHandler implements ICommandHandler<UntieSharedSpaceCommand, PropertyCommandResult> {
  constructor(private readonly streams: PropertyStreams) {}

  async execute({ propertyId, spaceId, context }: UntieSharedSpaceCommand): Promise<PropertyCommandResult> {
    return this.streams.run(
      { kind: 'UntieSharedSpace', actor: context.actor, today: chinaDate(context.now), propertyId, spaceId },
      context,
    );
  }
}
