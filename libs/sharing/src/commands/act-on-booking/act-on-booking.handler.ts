import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SlotCommand } from '../../domain/slot.decider';
import { PublishedSpace } from '../../domain/space.decider';
import { SharingCommandResult, toSharingResult } from '../sharing-command.result';
import { SharingStreams } from '../sharing-streams';
import { ActOnBookingCommand } from './act-on-booking.command';

/** Approve, cancel, check in, check out, or record a no-show; no-shows and overstays count against the booker. */
@CommandHandler(ActOnBookingCommand)
export class ActOnBookingHandler implements ICommandHandler<ActOnBookingCommand, SharingCommandResult> {
  constructor(private readonly streams: SharingStreams) {}

  async execute({ bookingId, action, reason, context }: ActOnBookingCommand): Promise<SharingCommandResult> {
    const location = await this.streams.bookingLocation(bookingId);
    const space = await this.streams.space(location.spaceId);
    const command = this.commandFor(action, space, bookingId, reason, context.actor, context.now.toISOString());
    const result = await this.streams.runSlot(location.spaceId, location.slotStart, command, context);
    for (const event of result.events) {
      if (event.type === 'booking.no-show.v1')
        await this.streams.recordStrike(location.bookerId, bookingId, 'no_show', context.now.toISOString(), context);
      if (event.type === 'booking.checked-out.v1' && event.data.overstayMinutes > 0) {
        await this.streams.recordStrike(location.bookerId, bookingId, 'overstay', context.now.toISOString(), context);
      }
    }
    return toSharingResult(bookingId, result);
  }

  private commandFor(
    action: ActOnBookingCommand['action'],
    space: PublishedSpace,
    bookingId: string,
    reason: string | null,
    actor: ActOnBookingCommand['context']['actor'],
    now: string,
  ): SlotCommand {
    switch (action) {
      case 'approve':
        return { kind: 'ApproveBooking', space, actor, bookingId };
      case 'cancel':
        // The cancellation endpoint's DTO requires a reason; this is the message the booker is told.
        return { kind: 'CancelBooking', space, actor, bookingId, reason: reason ?? '' };
      case 'check-in':
        return { kind: 'CheckIn', space, actor, bookingId, now };
      case 'check-out':
        return { kind: 'CheckOut', space, actor, bookingId, now };
      case 'no-show':
        return { kind: 'MarkNoShow', space, actor, bookingId, now };
      case 'remind':
        return { kind: 'RemindBooking', space, actor, bookingId, now };
      default: {
        const unreachable: never = action;
        return unreachable;
      }
    }
  }
}
