import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { residentDecider } from '../../domain/resident.decider';
import { ResidentPersonalFields, residentStreamId } from '../../domain/sharing.events';
import { ResidentRecords } from '../resident-records';
import { SharingCommandResult, toSharingResult } from '../sharing-command.result';
import { RecordResidentProfileCommand } from './record-resident-profile.command';

const same = (a: ResidentPersonalFields | null, b: ResidentPersonalFields) =>
  a !== null && a.name === b.name && a.phone === b.phone && a.plateNumber === b.plateNumber;

/** Seals the profile under the resident's key before it is decided on: the event holds ciphertext only. */
@CommandHandler(RecordResidentProfileCommand)
export class RecordResidentProfileHandler implements ICommandHandler<RecordResidentProfileCommand, SharingCommandResult> {
  constructor(private readonly residents: ResidentRecords) {}

  async execute({ request, context }: RecordResidentProfileCommand): Promise<SharingCommandResult> {
    const residentId = context.actor.userId;
    const fields: ResidentPersonalFields = { name: request.name, phone: request.phone, plateNumber: request.plateNumber ?? null };
    const state = await this.residents.state(residentId);
    // An unchanged profile writes nothing (a sealed one is compared in plain text: each sealing differs).
    if (state.profile?.kind === 'sealed' && same(await this.residents.fields(state), fields))
      return toSharingResult(residentId, { revision: -1n, events: [], replayed: false });
    const sealed = await this.residents.seal(residentId, state, fields);
    const result = await executeOnStream(
      this.residents.eventStore,
      residentStreamId(residentId),
      residentDecider,
      { kind: 'RecordProfile', residentId, fields, sealed },
      context,
    );
    return toSharingResult(residentId, result);
  }
}
