import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { residentDecider } from '../../domain/resident.decider';
import { residentStreamId } from '../../domain/sharing.events';
import { SharingCommandResult, toSharingResult } from '../sharing-command.result';
import { SharingStreams } from '../sharing-streams';
import { RecordResidentProfileCommand } from './record-resident-profile.command';

@CommandHandler(RecordResidentProfileCommand)
export class RecordResidentProfileHandler implements ICommandHandler<RecordResidentProfileCommand, SharingCommandResult> {
  constructor(private readonly streams: SharingStreams) {}

  async execute({ request, context }: RecordResidentProfileCommand): Promise<SharingCommandResult> {
    const residentId = context.actor.userId;
    const result = await executeOnStream(
      this.streams.eventStore,
      residentStreamId(residentId),
      residentDecider,
      {
        residentId,
        name: request.name,
        phone: request.phone,
        plateNumber: request.plateNumber ?? null,
      },
      context,
    );
    return toSharingResult(residentId, result);
  }
}
