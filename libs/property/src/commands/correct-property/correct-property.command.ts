import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { PropertyCommandResult } from '../property-command.result';
import { CorrectPropertyRequestDto } from './correct-property.request.dto';

export class CorrectPropertyCommand extends Command<PropertyCommandResult> {
  constructor(
    readonly propertyId: string,
    readonly request: CorrectPropertyRequestDto,
    readonly context: CommandContext,
    readonly expectedRevision?: bigint,
  ) {
    super();
  }
}
