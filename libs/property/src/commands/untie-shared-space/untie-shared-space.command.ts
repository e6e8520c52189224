import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { PropertyCommandResult } from '../property-command.result';

/** Records that a shared space moved off this property; sent in-process by the sharing handlers after the move. */
export class UntieSharedSpaceCommand extends Command<PropertyCommandResult> {
  constructor(
    readonly propertyId: string,
    readonly spaceId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
