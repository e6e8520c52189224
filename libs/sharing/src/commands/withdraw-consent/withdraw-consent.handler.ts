import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { residentDecider } from '../../domain/resident.decider';
import { residentStreamId } from '../../domain/sharing.events';
import { SharingCommandResult, toSharingResult } from '../sharing-command.result';
import { WithdrawConsentCommand } from './withdraw-consent.command';

/** After a withdrawal the resident cannot book until they agree again; bookings already made stand. */
@CommandHandler(WithdrawConsentCommand)
export class WithdrawConsentHandler implements ICommandHandler<WithdrawConsentCommand, SharingCommandResult> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ context }: WithdrawConsentCommand): Promise<SharingCommandResult> {
    const residentId = context.actor.userId;
    const result = await executeOnStream(
      this.store,
      residentStreamId(residentId),
      residentDecider,
      { kind: 'WithdrawConsent', residentId, now: context.now.toISOString() },
      context,
    );
    return toSharingResult(residentId, result);
  }
}
