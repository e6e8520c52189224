import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { PropertyCommandResult } from '../property-command.result';

/**
 * Records on the property's stream that a shared space (libs/sharing) sits on it. Sent in-process by the
 * sharing handlers before they write the space, never from HTTP: the office rule is decided here, in order
 * with corrections of the property's use.
 */
export class TieSharedSpaceCommand extends Command<PropertyCommandResult> {
  constructor(
    readonly propertyId: string,
    readonly spaceId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
