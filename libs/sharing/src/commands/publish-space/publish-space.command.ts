import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { SharingCommandResult } from '../sharing-command.result';
import { PublishSpaceRequestDto } from './publish-space.request.dto';

export class PublishSpaceCommand extends Command<SharingCommandResult> {
  constructor(
    readonly request: PublishSpaceRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
