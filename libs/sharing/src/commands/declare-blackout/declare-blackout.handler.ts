import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { chinaCalendar } from '../../domain/rest-day-calendar';
import { slotsOverlapping } from '../../domain/schedule';
import { spaceDecider } from '../../domain/space.decider';
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
    for (const slot of blackout ? slotsOverlapping(space.schedule, blackout.from, blackout.to, chinaCalendar) : []) {
      const cascade = { ...context, commandId: derived(context, `suspend:${slot.start}`), causationId: context.commandId };
      const suspended = await this.streams.runSlot(
        spaceId,
        slot.start,
        { kind: 'SuspendSlot', space, slotStart: slot.start, blackoutId, reason: request.reason },
        cascade,
      );
      cancelled += suspended.events.filter((e) => e.type === 'booking.cancelled.v1').length;
    }
    return toSharingResult(blackoutId, result, { cancelledBookings: cancelled });
  }
}
