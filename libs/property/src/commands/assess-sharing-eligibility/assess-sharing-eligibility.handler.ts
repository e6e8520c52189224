import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { chinaDate } from '@app/shared';
import { PropertyCommandResult } from '../property-command.result';
import { PropertyStreams } from '../property-streams';
import { AssessSharingEligibilityCommand } from './assess-sharing-eligibility.command';

@CommandHandler(AssessSharingEligibilityCommand)
export class AssessSharingEligibilityHandler implements ICommandHandler<AssessSharingEligibilityCommand, PropertyCommandResult> {
  constructor(private readonly streams: PropertyStreams) {}

  async execute({ propertyId, request, context, expectedRevision }: AssessSharingEligibilityCommand): Promise<PropertyCommandResult> {
    return this.streams.run(
      {
        kind: 'AssessSharingEligibility',
        actor: context.actor,
        today: chinaDate(context.now),
        propertyId,
        eligible: request.eligible,
        reason: request.reason,
        // A room of a school is surveyed as part of the school.
        ancestorUses: await this.streams.ancestorUses(propertyId),
      },
      context,
      { expectedRevision },
    );
  }
}
