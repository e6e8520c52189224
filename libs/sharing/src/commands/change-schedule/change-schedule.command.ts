import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { ScheduleDto } from '../schedule.request.dto';
import { SharingCommandResult } from '../sharing-command.result';

export class ChangeScheduleCommand extends Command<SharingCommandResult> {
  constructor(
    readonly spaceId: string,
    readonly schedule: ScheduleDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
