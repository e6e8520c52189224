import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { residentDecider } from '../../domain/resident.decider';
import { SharingError } from '../../domain/sharing.errors';
import { ResidentErased, residentStreamId } from '../../domain/sharing.events';
import { ResidentRecords } from '../resident-records';
import { SharingCommandResult, toSharingResult } from '../sharing-command.result';
import { EraseResidentCommand } from './erase-resident.command';

/**
 * Crypto-shredding: `resident.erased.v1` records who and why, then the subject's key is destroyed,
 * so every sealed name, phone and plate of it (events, read models, audit log, packages, backups
 * of them) is unreadable while every hash over the ciphertext still verifies.
 */
@CommandHandler(EraseResidentCommand)
export class EraseResidentHandler implements ICommandHandler<EraseResidentCommand, SharingCommandResult> {
  constructor(private readonly residents: ResidentRecords) {}

  async execute({ residentId, requestedBy, reason, context }: EraseResidentCommand): Promise<SharingCommandResult> {
    try {
      const result = await executeOnStream(
        this.residents.eventStore,
        residentStreamId(residentId),
        residentDecider,
        { kind: 'Erase', residentId, requestedBy, byUserId: context.actor.userId, reason },
        context,
      );
      // Also on a replay: a retry after a failure between the append and the key's destruction finishes the job.
      for (const e of result.events) if (e.type === 'resident.erased.v1') await this.destroyKey(e, context.now);
      return toSharingResult(residentId, result);
    } catch (error: unknown) {
      // Erasing twice writes nothing, but makes sure the key of the last erasure is gone before saying so.
      if (error instanceof SharingError && error.code === 'ALREADY_ERASED') {
        const state = await this.residents.state(residentId);
        await this.residents.vault.erase(`${residentId}/${state.erasures}`, context.now);
      }
      throw error;
    }
  }

  private destroyKey(event: ResidentErased, now: Date): Promise<void> {
    return this.residents.vault.erase(event.data.subjectId, now);
  }
}
