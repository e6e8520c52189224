import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { PropertyCommandResult } from '../property-command.result';
import { ChangePropertyStatusRequestDto } from './change-property-status.request.dto';

export class ChangePropertyStatusCommand extends Command<PropertyCommandResult> {
  constructor(
    readonly propertyId: string,
    readonly request: ChangePropertyStatusRequestDto,
    readonly context: CommandContext,
    readonly expectedRevision?: bigint,
  ) {
    super();
  }
}
