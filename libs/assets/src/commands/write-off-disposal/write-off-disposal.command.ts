import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { DisposalCommandResult } from '../disposal-command.result';
import { WriteOffDisposalRequestDto } from './write-off-disposal.request.dto';

export class WriteOffDisposalCommand extends Command<DisposalCommandResult> {
  constructor(
    readonly disposalId: string,
    readonly request: WriteOffDisposalRequestDto,
    readonly context: CommandContext,
    readonly expectedRevision?: bigint,
  ) {
    super();
  }
}
