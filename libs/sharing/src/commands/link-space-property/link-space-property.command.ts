import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { SharingCommandResult } from '../sharing-command.result';

export class LinkSpacePropertyCommand extends Command<SharingCommandResult> {
  constructor(
    readonly spaceId: string,
    readonly propertyId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
