import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { SpaceNeedCommandResult } from '../../../needs/commands/space-need-command.result';

/** 选用: the need's department takes one of its matches; an allocation (调配) starts. */
export class TakeMatchCommand extends Command<SpaceNeedCommandResult> {
  constructor(
    readonly needId: string,
    readonly propertyId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
