import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { SharingCommandResult } from '../sharing-command.result';

export class WithdrawConsentCommand extends Command<SharingCommandResult> {
  constructor(readonly context: CommandContext) {
    super();
  }
}
