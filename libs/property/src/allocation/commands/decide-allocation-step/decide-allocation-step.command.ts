import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { SpaceNeedCommandResult } from '../../../needs/commands/space-need-command.result';
import { DecideAllocationStepRequestDto } from './decide-allocation-step.request.dto';

export class DecideAllocationStepCommand extends Command<SpaceNeedCommandResult> {
  constructor(
    readonly allocationId: string,
    readonly request: DecideAllocationStepRequestDto,
    readonly context: CommandContext,
    readonly expectedRevision?: bigint,
  ) {
    super();
  }
}
