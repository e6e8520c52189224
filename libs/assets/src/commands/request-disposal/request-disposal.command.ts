import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { DisposalCommandResult } from '../disposal-command.result';
import { RequestDisposalRequestDto } from './request-disposal.request.dto';

export class RequestDisposalCommand extends Command<DisposalCommandResult> {
  constructor(
    readonly request: RequestDisposalRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
