import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { SharingCommandResult } from '../sharing-command.result';

export class GiveConsentCommand extends Command<SharingCommandResult> {
  constructor(
    readonly noticeVersion: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
