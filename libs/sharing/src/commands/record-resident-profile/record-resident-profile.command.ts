import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { SharingCommandResult } from '../sharing-command.result';
import { RecordResidentProfileRequestDto } from './record-resident-profile.request.dto';

export class RecordResidentProfileCommand extends Command<SharingCommandResult> {
  constructor(
    readonly request: RecordResidentProfileRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
