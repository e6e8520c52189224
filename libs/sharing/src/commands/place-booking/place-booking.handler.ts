import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SharingError } from '../../domain/sharing.errors';
import { BookingPlaced, BookingPlacedV1 } from '../../domain/sharing.events';
import { SharingCommandResult, toSharingResult } from '../sharing-command.result';
import { derived, SharingStreams } from '../sharing-streams';
import { PlaceBookingCommand } from './place-booking.command';

@CommandHandler(PlaceBookingCommand)
export class PlaceBookingHandler implements ICommandHandler<PlaceBookingCommand, SharingCommandResult> {
  constructor(private readonly streams: SharingStreams) {}

  async execute({ spaceId, request, context }: PlaceBookingCommand): Promise<SharingCommandResult> {
    const { actor } = context;
    const isResident = actor.role === 'resident';
    const profile = isResident ? await this.streams.residentProfile(actor.userId) : null;
    if (isResident && !profile)
      throw new SharingError('RESIDENT_PROFILE_REQUIRED', 'record your name and phone (POST /api/residents/me) before booking');
    const [space, standing] = await Promise.all([this.streams.space(spaceId), this.streams.bookerStanding(actor.userId)]);
    const bookingId = derived(context, 'booking');
    const slotStart = new Date(request.slotStart).toISOString();
    const result = await this.streams.runSlot(
      spaceId,
      slotStart,
      {
        kind: 'PlaceBooking',
        space,
        bookingId,
        slotStart,
        places: request.places ?? 1,
        booker: {
          id: actor.userId,
          kind: isResident ? 'resident' : 'department',
          departmentId: actor.departmentId,
          suspendedUntil: standing.suspendedUntil,
        },
        plateNumber: profile?.plateNumber ?? null,
        now: context.now.toISOString(),
      },
      context,
    );
    const placed = result.events.find(
      (e): e is BookingPlaced | BookingPlacedV1 => e.type === 'booking.placed.v2' || e.type === 'booking.placed.v1',
    );
    // After the slot accepted it (a refused booking writes nothing). Also on a replayed command, so a
    // client retrying after a failure between the two appends still gets its pointer written.
    if (placed) await this.streams.locateBooking({ bookingId, spaceId, slotStart, bookerId: actor.userId }, context);
    return toSharingResult(bookingId, result, placed ? { status: placed.data.status } : {});
  }
}
