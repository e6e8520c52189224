import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { chinaDate } from '@app/shared';
import { possibleSlotsOverlapping, slotsOverlapping } from '../../domain/schedule';
import { Blackout, PublishedSpace, spaceDecider } from '../../domain/space.decider';
import { spaceStreamId } from '../../domain/sharing.events';
import { SharingCommandResult, toSharingResult } from '../sharing-command.result';
import { derived, SharingStreams } from '../sharing-streams';
import { DeclareBlackoutCommand } from './declare-blackout.command';

/**
 * Records the blackout on the space (new bookings in it are refused from then on), then suspends
 * each slot it touches, which cancels that slot's bookings with notice. Every write has an id
 * derived from the command, so retrying the command after a crash finishes the cascade.
 */
@CommandHandler(DeclareBlackoutCommand)
export class DeclareBlackoutHandler implements ICommandHandler<DeclareBlackoutCommand, SharingCommandResult> {
  constructor(private readonly streams: SharingStreams) {}

  async execute({ spaceId, request, context }: DeclareBlackoutCommand): Promise<SharingCommandResult> {
    const blackoutId = derived(context, 'blackout');
    const from = new Date(request.from).toISOString();
    const to = new Date(request.to).toISOString();
    // A blackout over a year nobody can answer is refused before the space records it.
    await this.streams.calendar.calendarFor(chinaDate(new Date(from)), chinaDate(new Date(to)));
    const result = await executeOnStream(
      this.streams.eventStore,
      spaceStreamId(spaceId),
      spaceDecider,
      {
        kind: 'DeclareBlackout',
        actor: context.actor,
        spaceId,
        blackoutId,
        from,
        to,
        reason: request.reason,
        now: context.now.toISOString(),
      },
      context,
    );
    const space = await this.streams.space(spaceId);
    const blackout = space.blackouts.find((b) => b.blackoutId === blackoutId);
    let cancelled = 0;
    for (const slotStart of blackout ? await this.touchedSlots(space, blackout) : []) {
      const cascade = { ...context, commandId: derived(context, `suspend:${slotStart}`), causationId: context.commandId };
      const suspended = await this.streams.runSlot(
        spaceId,
        slotStart,
        { kind: 'SuspendSlot', space, slotStart, blackoutId, reason: request.reason },
        cascade,
      );
      cancelled += suspended.events.filter((e) => e.type === 'booking.cancelled.v1').length;
    }
    return toSharingResult(blackoutId, result, { cancelledBookings: cancelled });
  }

  /**
   * The current schedule's slots in the blackout, plus every slot an earlier schedule (or an earlier
   * reading of the calendar) may have opened there that has a booking stream: bookings stand
   * through schedule changes, and a blackout cancels them whatever schedule created their slot.
   */
  private async touchedSlots(space: PublishedSpace, blackout: Blackout): Promise<string[]> {
    const calendar = await this.streams.calendar.calendarFor(chinaDate(new Date(blackout.from)), chinaDate(new Date(blackout.to)));
    const current = new Set(slotsOverlapping(space.schedule, blackout.from, blackout.to, calendar).map((s) => s.start));
    const touched = new Set(current);
    for (const slot of possibleSlotsOverlapping(space.schedules, blackout.from, blackout.to)) {
      if (!current.has(slot.start) && (await this.streams.slotHasBookings(space.spaceId, slot.start))) touched.add(slot.start);
    }
    return [...touched].sort();
  }
}
