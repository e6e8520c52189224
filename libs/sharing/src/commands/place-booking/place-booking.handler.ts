import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PRIVACY_NOTICE } from '../../domain/privacy-notice';
import { subjectOf } from '../../domain/resident.decider';
import { BookingPlaced } from '../../domain/sharing.events';
import { ResidentBooking } from '../../domain/slot.decider';
import { ResidentRecords } from '../resident-records';
import { SharingCommandResult, toSharingResult } from '../sharing-command.result';
import { derived, SharingStreams } from '../sharing-streams';
import { PlaceBookingCommand } from './place-booking.command';

@CommandHandler(PlaceBookingCommand)
export class PlaceBookingHandler implements ICommandHandler<PlaceBookingCommand, SharingCommandResult> {
  constructor(
    private readonly streams: SharingStreams,
    private readonly residents: ResidentRecords,
  ) {}

  /**
   * The resident's subject, consent, and (parking only: the minimum necessary) the plate sealed
   * for this booking under the resident's key. The slot decider checks them.
   */
  private async residentBooking(residentId: string, needsPlate: boolean): Promise<ResidentBooking | null> {
    const state = await this.residents.state(residentId);
    const fields = await this.residents.fields(state);
    if (!fields) return null;
    const plate = !needsPlate || fields.plateNumber === null ? null : await this.residents.seal(residentId, state, fields.plateNumber);
    return { subjectId: subjectOf(residentId, state), plate, consentCurrent: state.consent?.noticeVersion === PRIVACY_NOTICE.version };
  }

  async execute({ spaceId, request, context }: PlaceBookingCommand): Promise<SharingCommandResult> {
    const { actor } = context;
    const isResident = actor.role === 'resident';
    const [space, standing] = await Promise.all([this.streams.space(spaceId), this.streams.bookerStanding(actor.userId)]);
    const resident = isResident ? await this.residentBooking(actor.userId, space.kind === 'parking') : null;
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
        resident,
        now: context.now.toISOString(),
      },
      context,
    );
    const placed = result.events.find((e): e is BookingPlaced => e.type === 'booking.placed.v3');
    // After the slot accepted it (a refused booking writes nothing). Also on a replayed command, so a
    // client retrying after a failure between the two appends still gets its pointer written.
    if (placed) await this.streams.locateBooking({ bookingId, spaceId, slotStart, bookerId: actor.userId }, context);
    return toSharingResult(bookingId, result, placed ? { status: placed.data.status } : {});
  }
}
