import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { possibleSlotsOverlapping } from '../../domain/schedule';
import { spaceDecider } from '../../domain/space.decider';
import { spaceStreamId } from '../../domain/sharing.events';
import { SharingCommandResult, toSharingResult } from '../sharing-command.result';
import { derived, SharingStreams } from '../sharing-streams';
import { ChangeScheduleCommand } from './change-schedule.command';

/**
 * New windows apply to bookings made from now on; existing bookings stand. Capacity is the
 * space's: when it rises, waiting bookings of the slots still ahead that now fit move up at once,
 * in order of arrival (each write's id derives from the command, so a retry repeats nothing).
 */
@CommandHandler(ChangeScheduleCommand)
export class ChangeScheduleHandler implements ICommandHandler<ChangeScheduleCommand, SharingCommandResult> {
  constructor(private readonly streams: SharingStreams) {}

  async execute({ spaceId, schedule, context }: ChangeScheduleCommand): Promise<SharingCommandResult> {
    const result = await executeOnStream(
      this.streams.eventStore,
      spaceStreamId(spaceId),
      spaceDecider,
      {
        kind: 'ChangeSchedule',
        actor: context.actor,
        spaceId,
        schedule: { ...schedule, windows: schedule.windows.map((w) => ({ ...w })) },
      },
      context,
    );
    const space = await this.streams.space(spaceId);
    const previous = space.schedules[space.schedules.length - 2];
    // Judged on the space as it now stands, so a retried command finishes an interrupted cascade.
    if (!previous || space.schedule.capacity <= previous.capacity) return toSharingResult(spaceId, result);
    // Bookings can lie as far ahead as the longest horizon any schedule offered.
    const horizonDays = Math.max(...space.schedules.map((s) => s.horizonDays));
    const from = context.now.toISOString();
    const to = new Date(context.now.getTime() + (horizonDays + 1) * 86400_000).toISOString();
    let promoted = 0;
    for (const slot of possibleSlotsOverlapping(space.schedules, from, to)) {
      if (!(await this.streams.slotHasBookings(spaceId, slot.start))) continue;
      const cascade = { ...context, commandId: derived(context, `promote:${slot.start}`), causationId: context.commandId };
      const moved = await this.streams.runSlot(spaceId, slot.start, { kind: 'PromoteWaitlist', space }, cascade);
      promoted += moved.events.filter((e) => e.type === 'booking.promoted.v1').length;
    }
    return toSharingResult(spaceId, result, { promotedBookings: promoted });
  }
}
