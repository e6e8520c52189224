import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { DisposalCommandResult } from '../disposal-command.result';
import { WithdrawDisposalRequestDto } from './withdraw-disposal.request.dto';

export class WithdrawDisposalCommand extends Command<DisposalCommandResult> {
  constructor(
    readonly disposalId: string,
    readonly request: WithdrawDisposalRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
