import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { SharingCommandResult } from '../sharing-command.result';

export const BOOKING_ACTIONS = ['approve', 'cancel', 'check-in', 'check-out', 'no-show'] as const;
export type BookingAction = (typeof BOOKING_ACTIONS)[number];

/** Where a booking lives and whose it is (neither ever changes): found through the bookings read model. */
export interface BookingLocation {
  readonly spaceId: string;
  readonly slotStart: string;
  readonly bookerId: string;
}

export class ActOnBookingCommand extends Command<SharingCommandResult> {
  constructor(
    readonly bookingId: string,
    readonly location: BookingLocation,
    readonly action: BookingAction,
    readonly reason: string | null,
    readonly context: CommandContext,
  ) {
    super();
  }
}
