import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { DisposalCommandResult } from '../disposal-command.result';
import { DecideDisposalStepRequestDto } from './decide-disposal-step.request.dto';

export class DecideDisposalStepCommand extends Command<DisposalCommandResult> {
  constructor(
    readonly disposalId: string,
    readonly request: DecideDisposalStepRequestDto,
    readonly context: CommandContext,
    readonly expectedRevision?: bigint,
  ) {
    super();
  }
}
