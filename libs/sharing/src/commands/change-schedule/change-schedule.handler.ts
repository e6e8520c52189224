import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { spaceDecider } from '../../domain/space.decider';
import { spaceStreamId } from '../../domain/sharing.events';
import { SharingCommandResult, toSharingResult } from '../sharing-command.result';
import { SharingStreams } from '../sharing-streams';
import { ChangeScheduleCommand } from './change-schedule.command';

/** New windows and capacity apply to bookings made from now on; existing bookings stand. */
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
    return toSharingResult(spaceId, result);
  }
}
