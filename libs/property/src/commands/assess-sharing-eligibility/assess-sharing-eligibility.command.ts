import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { PropertyCommandResult } from '../property-command.result';
import { AssessSharingEligibilityRequestDto } from './assess-sharing-eligibility.request.dto';

export class AssessSharingEligibilityCommand extends Command<PropertyCommandResult> {
  constructor(
    readonly propertyId: string,
    readonly request: AssessSharingEligibilityRequestDto,
    readonly context: CommandContext,
    readonly expectedRevision?: bigint,
  ) {
    super();
  }
}
