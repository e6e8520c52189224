import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { SpaceNeedCommandResult } from '../../../needs/commands/space-need-command.result';
import { ConfirmAllocationHandoverRequestDto } from './confirm-allocation-handover.request.dto';

export class ConfirmAllocationHandoverCommand extends Command<SpaceNeedCommandResult> {
  constructor(
    readonly allocationId: string,
    readonly request: ConfirmAllocationHandoverRequestDto,
    readonly context: CommandContext,
    readonly expectedRevision?: bigint,
  ) {
    super();
  }
}
