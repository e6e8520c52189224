import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { SharingCommandResult } from '../sharing-command.result';

/** What people do to a booking through its routes, and the reminder only the system sends. */
export const BOOKING_ACTIONS = ['approve', 'cancel', 'check-in', 'check-out', 'no-show', 'remind'] as const;
export type BookingAction = (typeof BOOKING_ACTIONS)[number];

export class ActOnBookingCommand extends Command<SharingCommandResult> {
  constructor(
    readonly bookingId: string,
    readonly action: BookingAction,
    readonly reason: string | null,
    readonly context: CommandContext,
  ) {
    super();
  }
}
