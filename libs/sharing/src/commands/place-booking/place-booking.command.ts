import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { SharingCommandResult } from '../sharing-command.result';
import { PlaceBookingRequestDto } from './place-booking.request.dto';

export class PlaceBookingCommand extends Command<SharingCommandResult> {
  constructor(
    readonly spaceId: string,
    readonly request: PlaceBookingRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
