import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import type { ErasureRequester } from '../../domain/sharing.events';
import { SharingCommandResult } from '../sharing-command.result';

/** Erase a resident's personal data: by themself, by an administrator on their request, or by the retention rule. */
export class EraseResidentCommand extends Command<SharingCommandResult> {
  constructor(
    readonly residentId: string,
    readonly requestedBy: ErasureRequester,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
