import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { SpaceNeedCommandResult } from '../space-need-command.result';
import { WithdrawSpaceNeedRequestDto } from './withdraw-space-need.request.dto';

export class WithdrawSpaceNeedCommand extends Command<SpaceNeedCommandResult> {
  constructor(
    readonly needId: string,
    readonly request: WithdrawSpaceNeedRequestDto,
    readonly context: CommandContext,
    readonly expectedRevision?: bigint,
  ) {
    super();
  }
}
