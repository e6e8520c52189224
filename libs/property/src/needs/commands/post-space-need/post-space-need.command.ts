import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { SpaceNeedCommandResult } from '../space-need-command.result';
import { PostSpaceNeedRequestDto } from './post-space-need.request.dto';

export class PostSpaceNeedCommand extends Command<SpaceNeedCommandResult> {
  constructor(
    readonly request: PostSpaceNeedRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
