import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { chinaDate } from '@app/shared';
import { PropertyCommandResult } from '../property-command.result';
import { PropertyStreams } from '../property-streams';
import { ChangePropertyStatusCommand } from './change-property-status.command';

@CommandHandler(ChangePropertyStatusCommand)
export class ChangePropertyStatusHandler implements ICommandHandler<ChangePropertyStatusCommand, PropertyCommandResult> {
  constructor(private readonly streams: PropertyStreams) {}

  execute({ propertyId, request, context, expectedRevision }: ChangePropertyStatusCommand): Promise<PropertyCommandResult> {
    return this.streams.run(
      {
        kind: 'ChangePropertyStatus',
        actor: context.actor,
        today: chinaDate(context.now),
        propertyId,
        to: request.status,
        reason: request.reason,
      },
      context,
      { expectedRevision },
    );
  }
}
