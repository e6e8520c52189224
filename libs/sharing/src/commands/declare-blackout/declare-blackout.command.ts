import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { SharingCommandResult } from '../sharing-command.result';
import { DeclareBlackoutRequestDto } from './declare-blackout.request.dto';

export class DeclareBlackoutCommand extends Command<SharingCommandResult> {
  constructor(
    readonly spaceId: string,
    readonly request: DeclareBlackoutRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
